#pragma once

#include "domain/Article.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace guichet {

class Clock;
class LocalStore;

// The "vérifié le" badge of an article on a given day.
struct ReviewBadge
{
    QDateTime verifiedAt; // UTC; invalid: never verified
    QDate reviewDue;      // invalid: no review date
    bool overdue = false; // review_due < today
    int daysLeft = 0;     // days until review_due (negative once overdue; 0 without a date)

    bool verified() const { return verifiedAt.isValid(); }
};

// A city article whose review date has passed, for the supervisors' list.
struct OverdueArticle
{
    QString articleId;
    QString externalId;
    QString title;
    QString ownerAgentId;
    QString ownerName; // the owner's display name (empty without an owner)
    QDate reviewDue;
    QDateTime verifiedAt;
    int daysOverdue = 0;
    int openReviewTasks = 0; // open feedback tasks (obsolete, or with a comment) on the article
};

// The review side of the city's articles: which are overdue, and each one's badge. Read only (the
// verification itself is ArticleEditing::markVerified). Throws StoreError.
class ArticleReview
{
public:
    explicit ArticleReview(LocalStore &store);
    ArticleReview(LocalStore &store, const Clock &clock);

    // City articles whose review_due is before `today`, most overdue first (then by title).
    QList<OverdueArticle> overdue(const QDate &today) const;
    QList<OverdueArticle> overdue() const; // today by the clock, in Europe/Paris
    int overdueCount(const QDate &today) const;

    static ReviewBadge badge(const Article &article, const QDate &today);
    ReviewBadge badge(const Article &article) const; // today by the clock

private:
    LocalStore &m_store;
    const Clock &m_clock;
};

} // namespace guichet
