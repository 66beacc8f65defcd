#pragma once

#include "domain/Article.h"

#include <QList>
#include <QRandomGenerator>

namespace guichet {

// Synthetic variations of the hand-written demo articles, for the large demo and the benchmarks:
// realistic French words and lengths, quick to generate (no site sheet among them).
class DemoSyntheticArticles
{
public:
    explicit DemoSyntheticArticles(QList<Article> bases);

    // The i-th variation (external id "V-var-<i>"); id, owner and stamps are left to the caller.
    Article make(int index, QRandomGenerator &rng) const;

private:
    QList<Article> m_bases;
};

} // namespace guichet
