#include "BenchTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

BenchTable::BenchTable(QString benchmark) : m_benchmark(std::move(benchmark)) {}

double BenchTable::percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    // Nearest-rank percentile.
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

double BenchTable::median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2.0;
}

void BenchTable::add(const QString &operation, const QString &size, QList<double> samplesMs, const QJsonObject &extra,
                     const QString &unit)
{
    Row row;
    row.unit = unit;
    row.operation = operation;
    row.size = size;
    row.count = int(samplesMs.size());
    row.median = median(samplesMs);
    row.p95 = percentile(samplesMs, 95);
    if (!samplesMs.isEmpty()) {
        row.min = *std::min_element(samplesMs.cbegin(), samplesMs.cend());
        row.max = *std::max_element(samplesMs.cbegin(), samplesMs.cend());
    }
    row.extra = extra;
    m_rows << row;
}

void BenchTable::print() const
{
    std::printf("\n%s (%d cores, %s)\n", qPrintable(m_benchmark), QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()));
    std::printf("%-40s %-30s %5s %5s %10s %10s %10s %10s  %s\n", "operation", "size", "unit", "runs", "median",
                "p95", "min", "max", "extra");
    for (const Row &r : m_rows) {
        const QString extra = r.extra.isEmpty()
                                  ? QString()
                                  : QString::fromUtf8(QJsonDocument(r.extra).toJson(QJsonDocument::Compact));
        std::printf("%-40s %-30s %5s %5d %10.2f %10.2f %10.2f %10.2f  %s\n", qPrintable(r.operation),
                    qPrintable(r.size), qPrintable(r.unit), r.count, r.median, r.p95, r.min, r.max, qPrintable(extra));
    }
    std::fflush(stdout);
}

QJsonObject BenchTable::toJson() const
{
    QJsonArray rows;
    for (const Row &r : m_rows) {
        QJsonObject o{{QStringLiteral("operation"), r.operation}, {QStringLiteral("size"), r.size},
                      {QStringLiteral("unit"), r.unit},           {QStringLiteral("runs"), r.count},
                      {QStringLiteral("median"), r.median},       {QStringLiteral("p95"), r.p95},
                      {QStringLiteral("min"), r.min},             {QStringLiteral("max"), r.max}};
        for (auto it = r.extra.begin(); it != r.extra.end(); ++it)
            o.insert(it.key(), it.value());
        rows.append(o);
    }
    return {{QStringLiteral("benchmark"), m_benchmark},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("rows"), rows}};
}

bool BenchTable::writeJson(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(toJson()).toJson());
    return true;
}
