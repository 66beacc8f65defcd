#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace guichet::test {

// A headless counter for the integration tests: its own store file, driven through guichet-cli
// (so that a failure test can kill it with -9, or make it die at a fail point).
class CliClient
{
public:
    struct Run
    {
        int exitCode = -1; // -2: killed by a signal (a fail point, kill -9)
        QByteArray out;
        QByteArray err;
        QJsonObject json() const;
    };

    explicit CliClient(QString storePath);

    const QString &storePath() const { return m_storePath; }

    // guichet-cli --store PATH --json ARGS; `input` on stdin; GUICHET_FAILPOINT=failPoint when set.
    Run run(const QStringList &arguments, const QByteArray &input = {}, const QString &failPoint = {}) const;

    bool init() const;
    bool login(const QUrl &server, const QString &login, const QString &password,
               const QString &siteId = {}) const;
    Run sync(const QString &failPoint = {}) const;
    // Files a request; returns its reference (empty on failure).
    QString createRequest(const QString &subject, const QString &name, const QString &failPoint = {}) const;
    QJsonObject info() const; // `info --json`
    int outboxLength() const;

private:
    QString m_storePath;
};

} // namespace guichet::test
