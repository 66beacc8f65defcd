#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Collects timings per operation and prints them as a table (stdout) and as JSON (a file, or
// stdout with --json). Benchmarks report figures; they never pass or fail on a time.
class BenchTable
{
public:
    explicit BenchTable(QString benchmark);

    // One measured operation at one size: samples in `unit` (milliseconds unless told otherwise).
    void add(const QString &operation, const QString &size, QList<double> samples,
             const QJsonObject &extra = {}, const QString &unit = QStringLiteral("ms"));

    static double median(QList<double> samples);
    static double percentile(QList<double> samples, double p);

    void print() const;
    QJsonObject toJson() const;
    bool writeJson(const QString &path) const;

private:
    struct Row
    {
        QString operation;
        QString size;
        QString unit;
        int count = 0;
        double median = 0;
        double p95 = 0;
        double min = 0;
        double max = 0;
        QJsonObject extra;
    };
    QString m_benchmark;
    QList<Row> m_rows;
};
