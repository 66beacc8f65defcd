#pragma once

#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace guichet::sql {

// Thin helpers over QSqlQuery: every statement uses bound parameters, and every failure becomes a
// StoreError whose message says what failed in words an agent or an IT department can act on.

// Prepares `statement` (cached by Qt per connection), binds positional `values`, executes it.
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// Executes a statement that returns nothing and may hold several ';'-separated statements
// (migrations). No parameters.
// Splits a script into statements (a trigger's BEGIN … END stays whole).
QStringList splitScript(const QString &script);
void execScript(const QSqlDatabase &db, const QString &script);

// Runs `statement` and returns the first column of the first row (or an invalid QVariant).
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// Executes an already prepared query after binding `values`; throws on failure.
void run(QSqlQuery &query, const QVariantList &values);

// Translates a failed query into a StoreError (disk full, read-only, constraint, damaged, …).
[[noreturn]] void fail(const QSqlError &error, const QString &what);

// A null QVariant for an empty string, so that optional text columns hold NULL.
QVariant nullIfEmpty(const QString &text);

} // namespace guichet::sql
