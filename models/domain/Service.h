#pragma once

#include <QString>
#include <QStringList>

namespace guichet {

// A reason to come (motif): how long it takes and what the visitor must bring.
struct Service
{
    QString id;
    QString code; // "CNI-PASSEPORT", "ETAT-CIVIL" …
    QString name;
    QString description;
    int durationMinutes = 15;
    QStringList documents;    // documents to bring, in order
    QString articleId;        // the knowledge-base article, when linked
    int minNoticeHours = 0;   // how long before the start a booking is still accepted
    int maxPerPerson = 0;     // 0 = no limit
    int maxPerPersonDays = 0; // … within that many days
    qint64 version = 0;

    bool isValid() const { return !id.isEmpty(); }
};

} // namespace guichet
