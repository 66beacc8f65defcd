#include "demo/DemoVisitors.h"

#include <QStringList>

namespace guichet {

namespace {

struct NamePool
{
    const char *language; // the visitor language when not French
    int weight;           // per thousand visitors who do not speak French well
    const char *first;    // '|'-separated
    const char *last;
};

const NamePool kPools[] = {
    {"fr", 0,
     "Marie|Jean|Camille|Louis|Manon|Nathalie|Philippe|Sylvie|Éloïse|Mathis|Chantal|Gérard|Océane|Théo|"
     "Brigitte|"
     "Maxime|Élodie|Bernard|Agathe|Noé|Josiane|Yvonne|Arthur|Lou",
     "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|Michel|"
     "Garnier|"
     "Faure|Rousseau|Blanc|Guérin|Muller|Perrin|Morel|Girard|Chevalier|Bonnet|Lambert|Fournier|Mercier"},
    {"ar", 300, "Mohamed|Fatima|Ahmed|Khadija|Youssef|Amina|Omar|Leila|Bilal|Samia|Mehdi|Zineb|Karim|Nour",
     "Benali|Haddad|El Amrani|Bouzid|Cherif|Mansouri|Belkacem|Saidi|Khelifi|Rahmani|Ouali|Brahimi"},
    {"en", 150, "John|Emily|Michael|Sarah|David|Grace|James|Olivia|Chinedu|Ama",
     "Smith|Johnson|Brown|Williams|Taylor|Okafor|Mensah|O'Brien|Walker|Evans"},
    {"es", 90, "Carlos|María|Javier|Lucía|Alejandro|Carmen|Diego|Valentina",
     "García|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Rodríguez"},
    {"pt", 90, "João|Ana|Pedro|Mariana|Tiago|Beatriz|Rui|Inês",
     "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Almeida"},
    {"tr", 70, "Mehmet|Ayşe|Mustafa|Zeynep|Emre|Elif|Hakan|Fatma",
     "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Aydın|Öztürk"},
    {"zh", 50, "Wei|Li|Jing|Hao|Mei|Jun|Xiu|Yan", "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao"},
    {"ru", 40, "Olga|Dmitri|Natalia|Sergei|Anastasia|Ivan|Tatiana|Alexei",
     "Ivanova|Petrov|Smirnova|Volkov|Kuznetsova|Popov|Sokolova|Morozov"},
    {"uk", 60, "Oksana|Andriy|Iryna|Taras|Olena|Mykola|Yulia|Bohdan",
     "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Lysenko"},
    {"ro", 50, "Andrei|Ioana|Mihai|Elena|Florin|Gabriela|Ionuț|Raluca",
     "Popescu|Ionescu|Popa|Stan|Dumitru|Constantin|Moldovan|Lazăr"},
    {"it", 30, "Giuseppe|Giulia|Marco|Francesca|Luca|Chiara|Matteo|Sara",
     "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci"},
    {"wo", 40, "Mamadou|Awa|Cheikh|Fatou|Ousmane|Aminata|Moussa|Khady",
     "Diop|Ndiaye|Fall|Sow|Sarr|Gueye|Faye|Diallo"},
    {"fa", 20, "Ali|Maryam|Reza|Shirin|Hossein|Zahra|Dariush|Parisa",
     "Ahmadi|Hosseini|Karimi|Rezaei|Moradi|Jafari|Rahimi|Sadeghi"},
    {"vi", 20, "Minh|Lan|Tuan|Hoa|Duc|Thu|Nam|Linh", "Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang"},
};

QString pick(QRandomGenerator &rng, const char *list)
{
    const QStringList items = QString::fromUtf8(list).split(QLatin1Char('|'));
    return items.at(int(rng.bounded(quint32(items.size()))));
}

} // namespace

QString DemoVisitor::asciiFold(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetter() && c.unicode() < 128)
            folded += c.toLower();
        else if (c == QChar(0x0131)) // Turkish dotless i
            folded += QLatin1Char('i');
        else if (c == QChar(0x015F) || c == QChar(0x0219))
            folded += QLatin1Char('s');
    }
    return folded;
}

DemoVisitor DemoVisitor::make(QRandomGenerator &rng)
{
    DemoVisitor visitor;
    // 86 % speak French at the counter; the others are spread over the pools by weight.
    const NamePool *pool = &kPools[0];
    const bool french = rng.bounded(100U) < 86U;
    if (!french) {
        int total = 0;
        for (const NamePool &candidate : kPools)
            total += candidate.weight;
        int draw = int(rng.bounded(quint32(total)));
        for (const NamePool &candidate : kPools) {
            if (draw < candidate.weight) {
                pool = &candidate;
                break;
            }
            draw -= candidate.weight;
        }
        visitor.language = QLatin1String(pool->language);
        visitor.interpreter = rng.bounded(100U) < 55U;
    } else if (rng.bounded(100U) < 30U) {
        // French speakers of every origin.
        pool = &kPools[1 + rng.bounded(quint32(std::size(kPools) - 1))];
    }
    const QString first = pick(rng, pool->first);
    const QString last = pick(rng, pool->last);
    visitor.name = first + QLatin1Char(' ') + last;
    visitor.signLanguage = french && rng.bounded(1000U) < 8U;
    visitor.wheelchair = rng.bounded(1000U) < 20U;
    if (rng.bounded(100U) < 88U)
        visitor.phone = QStringLiteral("06 39 98 %1 %2")
                            .arg(rng.bounded(100U), 2, 10, QLatin1Char('0'))
                            .arg(rng.bounded(100U), 2, 10, QLatin1Char('0'));
    if (rng.bounded(100U) < 55U)
        visitor.email =
            QStringLiteral("%1.%2%3@example.org")
                .arg(asciiFold(first), asciiFold(last))
                .arg(rng.bounded(100U) < 30U ? QString::number(rng.bounded(10U, 99U)) : QString());
    return visitor;
}

} // namespace guichet
