#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;
class QCoreApplication;

namespace guichet {

class Clock;
class LocalStore;

// What every guichet-cli command needs: the parsed global options, the store (opened on demand),
// and the output conventions of DESIGN §11 — JSON on stdout with --json, human text otherwise,
// a one-line reason on stderr, exit 0 (success), 1 (failure) or 2 (usage error).
class CliRuntime
{
public:
    enum Exit { Ok = 0, Failure = 1, Usage = 2 };

    CliRuntime(QString storePath, bool json);
    ~CliRuntime();

    bool json() const { return m_json; }
    QString storePath() const { return m_storePath; }

    // The clock the store is opened with (before store() is first called). Default: the system's.
    void setClock(Clock &clock) { m_clock = &clock; }

    // Opens the store (migrating it); throws StoreError. Commands that only read skip the
    // integrity check (seconds on a large store); `init` checks.
    LocalStore &store(bool checkIntegrity = false);

    // Prints `object` as JSON (with --json) or `text` (without). Returns Ok.
    int succeed(const QJsonObject &object, const QString &text) const;
    // One line on stderr; returns Failure.
    int fail(const QString &reason) const;
    // Usage error: the message and a pointer to --help on stderr; returns Usage.
    int usage(const QString &message) const;

    // Parses a command's own arguments (after its name) with `parser`, which gets --help added.
    // Returns an exit code when the command must stop here (help shown: Ok; bad option: Usage).
    std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                      const QStringList &arguments) const;

    static void printOut(const QString &text);
    static void printErr(const QString &text);

private:
    QString m_storePath;
    bool m_json;
    Clock *m_clock = nullptr;
    std::unique_ptr<LocalStore> m_store;
};

// A command group: receives the arguments after its name (e.g. for `kb search cni`: {"search", "cni"}).
using CommandFunction = int (*)(CliRuntime &runtime, const QStringList &arguments);

int runInitCommand(CliRuntime &runtime, const QStringList &arguments);   // init [--demo] [--size] [--seed]
int runInfoCommand(CliRuntime &runtime, const QStringList &arguments);   // info
int runKbCommand(CliRuntime &runtime, const QStringList &arguments);     // kb import|search|…
// kb edit|verify|history|feedback|tasks|resolve (`arguments` after the sub-command); nullopt: not one.
std::optional<int> runKbArticleCommand(CliRuntime &runtime, const QString &sub, const QStringList &arguments);
int runLoginCommand(CliRuntime &runtime, const QStringList &arguments);  // login --server --user [--site]
int runLogoutCommand(CliRuntime &runtime, const QStringList &arguments); // logout
int runSyncCommand(CliRuntime &runtime, const QStringList &arguments);   // sync
int runRequestsCommand(CliRuntime &runtime, const QStringList &arguments); // requests create
int runRequestsPurge(CliRuntime &runtime, const QStringList &arguments);     // requests purge
int runRequestsRetention(CliRuntime &runtime, const QStringList &arguments); // requests retention [--days N]
int runRequestsFindOnline(CliRuntime &runtime, const QStringList &arguments); // requests find-online QUERY [--limit N]
// requests find|show|receipt (`arguments` after the sub-command); nullopt: not one of them.
std::optional<int> runRequestQueryCommand(CliRuntime &runtime, const QString &sub, const QStringList &arguments);
int runSlotsCommand(CliRuntime &runtime, const QStringList &arguments);    // slots --site --service …
int runBookCommand(CliRuntime &runtime, const QStringList &arguments);     // book --site --service --start …
int runAppointmentsCommand(CliRuntime &runtime, const QStringList &arguments); // appointments list|…
// interpreters languages|call|providers|stats
int runInterpretersCommand(CliRuntime &runtime, const QStringList &arguments);
// appointments slip: `arguments` are those after "slip" (ID [--pdf FILE] [--ics FILE]).
int runAppointmentSlipCommand(CliRuntime &runtime, const QStringList &arguments);
// The application object: a QGuiApplication (offscreen) for `appointments slip`, whose PDF needs
// fonts, a QCoreApplication for every other command.
std::unique_ptr<QCoreApplication> createCliApplication(int &argc, char **argv);

} // namespace guichet
