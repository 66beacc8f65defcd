#include "requests/RequestDraftCheck.h"

#include "core/PhoneNumber.h"
#include "requests/ServiceDirectory.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace guichet {

namespace {

using Field = RequestDraftCheck::Field;

// A French number of the ranges ARCEP reserves for fiction ("06 39 98 …", "04 65 71 …"): nobody
// holds one, libphonenumber calls some of them invalid, and the demo city's visitors have them.
// Accepted in their national form, so that a demo requester's number can be typed again.
QString fictionNumber(const QString &typed)
{
    QString digits;
    for (const QChar c : typed)
        if (c.isDigit())
            digits += c;
    const QString trimmed = typed.trimmed();
    if (trimmed.startsWith(QLatin1Char('+')) && digits.startsWith(QLatin1String("33")))
        digits = QLatin1Char('0') + digits.mid(2);
    else if (digits.startsWith(QLatin1String("0033")))
        digits = QLatin1Char('0') + digits.mid(4);
    else if (trimmed.startsWith(QLatin1Char('+')))
        return {};
    static const char *const kFiction[] = {"019900", "026191", "035301", "046571", "053649", "063998"};
    if (digits.size() != 10 ||
        std::none_of(std::begin(kFiction), std::end(kFiction),
                     [&digits](const char *prefix) { return digits.startsWith(QLatin1String(prefix)); }))
        return {};
    QStringList pairs;
    for (int i = 0; i < 10; i += 2)
        pairs << digits.mid(i, 2);
    return pairs.join(QLatin1Char(' '));
}

} // namespace

QString RequestDraftCheck::Result::message() const
{
    QStringList lines;
    for (const Error &error : errors)
        lines << error.message;
    return lines.join(QLatin1Char(' '));
}

QString RequestDraftCheck::Result::errorFor(Field field) const
{
    for (const Error &error : errors)
        if (error.field == field)
            return error.message;
    return {};
}

QString RequestDraftCheck::fieldName(Field field)
{
    switch (field) {
    case Field::Channel:
        return QStringLiteral("channel");
    case Field::Name:
        return QStringLiteral("name");
    case Field::Phone:
        return QStringLiteral("phone");
    case Field::Email:
        return QStringLiteral("email");
    case Field::Address:
        return QStringLiteral("address");
    case Field::Subject:
        return QStringLiteral("subject");
    case Field::Category:
        return QStringLiteral("category");
    case Field::Description:
        return QStringLiteral("description");
    case Field::Service:
        return QStringLiteral("service");
    case Field::Attachments:
        return QStringLiteral("attachments");
    }
    return {};
}

bool RequestDraftCheck::isWellFormedEmail(const QString &email)
{
    // Something before the '@', a domain of dot-separated labels, no space, no second '@'.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    const QString trimmed = email.trimmed();
    return trimmed.size() <= kMaxEmail && pattern.match(trimmed).hasMatch() &&
           !trimmed.contains(QLatin1String(".."));
}

QString RequestDraftCheck::storedPhone(const QString &typed, QString *error)
{
    const PhoneNumber parsed = PhoneNumber::parse(typed);
    if (parsed.valid)
        return parsed.display;
    const QString fiction = fictionNumber(typed);
    if (fiction.isEmpty() && error)
        *error = parsed.error;
    return fiction;
}

RequestDraftCheck::Result RequestDraftCheck::check(const Request &input, const ServiceDirectory &directory)
{
    Result result;
    Request &draft = result.draft;
    draft = input;
    const auto fail = [&result](Field field, const QString &message) { result.errors.append({field, message}); };
    const auto tooLong = [&fail](Field field, const QString &what, qsizetype size, int limit) {
        //: %1 is the field ("The subject"), %2 its length, %3 the limit
        fail(field, tr("%1 is too long (%2 characters, at most %3).").arg(what).arg(size).arg(limit));
    };

    if (!Request::allChannels().contains(draft.channel))
        fail(Field::Channel, tr("The channel the request came through is not one Guichet knows: choose counter, "
                                "phone, letter, e-mail, website or social media."));

    draft.requesterName = draft.requesterName.simplified();
    if (draft.requesterName.isEmpty())
        fail(Field::Name, tr("The requester's name is missing: type it as the visitor gives it."));
    else if (draft.requesterName.size() > kMaxName)
        tooLong(Field::Name, tr("The requester's name"), draft.requesterName.size(), kMaxName);

    const QString phone = draft.requesterPhone.trimmed();
    draft.requesterPhone = phone;
    if (!phone.isEmpty()) {
        QString why;
        const QString stored = storedPhone(phone, &why);
        if (!stored.isEmpty())
            draft.requesterPhone = stored;
        else
            //: %1 is the number as typed, %2 what is wrong with it
            fail(Field::Phone, tr("The phone number “%1” is not valid: %2 Correct it, or leave it empty.")
                                   .arg(phone, why));
    }

    draft.requesterEmail = draft.requesterEmail.trimmed().toLower();
    if (!draft.requesterEmail.isEmpty() && !isWellFormedEmail(draft.requesterEmail))
        fail(Field::Email, tr("The e-mail address “%1” is not valid (it should look like name@example.fr): correct "
                              "it, or leave it empty.")
                               .arg(draft.requesterEmail));

    draft.requesterAddress = draft.requesterAddress.trimmed();
    if (draft.requesterAddress.size() > kMaxAddress)
        tooLong(Field::Address, tr("The requester's address"), draft.requesterAddress.size(), kMaxAddress);

    draft.subject = draft.subject.simplified();
    if (draft.subject.isEmpty())
        fail(Field::Subject, tr("The subject is missing: say in a few words what the request is about."));
    else if (draft.subject.size() > kMaxSubject)
        fail(Field::Subject, tr("The subject is too long (%1 characters, at most %2): keep it short and put the "
                                "details in the description.")
                                 .arg(draft.subject.size())
                                 .arg(kMaxSubject));

    draft.category = draft.category.simplified();
    if (draft.category.size() > kMaxCategory)
        tooLong(Field::Category, tr("The category"), draft.category.size(), kMaxCategory);

    draft.description = draft.description.trimmed();
    if (draft.description.size() > kMaxDescription)
        tooLong(Field::Description, tr("The description"), draft.description.size(), kMaxDescription);

    draft.competentService = draft.competentService.simplified();
    draft.serviceContact = draft.serviceContact.simplified();
    if (!draft.competentService.isEmpty()) {
        const std::optional<CompetentService> known = directory.find(draft.competentService);
        if (!known) {
            fail(Field::Service, tr("Unknown service “%1”: choose one of the services this counter knows (those "
                                    "the knowledge base sends visitors to), or leave it empty.")
                                     .arg(draft.competentService.left(kMaxService)));
        } else {
            draft.competentService = known->name;
            if (draft.serviceContact.isEmpty())
                draft.serviceContact = known->contact();
        }
    }

    QStringList attachments;
    if (draft.attachments.size() > kMaxAttachments)
        fail(Field::Attachments, tr("Too many attachments (%1, at most %2): group them, e.g. “letter and 3 photos”.")
                                     .arg(draft.attachments.size())
                                     .arg(kMaxAttachments));
    for (qsizetype i = 0; i < draft.attachments.size(); ++i) {
        const QString attachment = draft.attachments.at(i).simplified();
        if (attachment.isEmpty())
            //: %1 is the attachment's position in the list (1, 2, 3…)
            fail(Field::Attachments, tr("Attachment %1 is empty: type its reference, or remove it.").arg(i + 1));
        else if (attachment.size() > kMaxAttachmentLength)
            fail(Field::Attachments, tr("Attachment %1 is too long (%2 characters, at most %3): give its reference, "
                                        "not its content.")
                                         .arg(i + 1)
                                         .arg(attachment.size())
                                         .arg(kMaxAttachmentLength));
        attachments << attachment;
    }
    draft.attachments = attachments;
    return result;
}

} // namespace guichet
