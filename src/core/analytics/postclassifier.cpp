#include "postclassifier.h"

#include "postrules.h"
#include "storage/searchtext.h"

#include <QCoreApplication>

namespace Torget {

QString key(PostClass c)
{
    switch (c) {
    case PostClass::Information:
        return QStringLiteral("information");
    case PostClass::Mobilization:
        return QStringLiteral("mobilization");
    case PostClass::Dialog:
        return QStringLiteral("dialog");
    }
    return QStringLiteral("information");
}

std::optional<PostClass> postClassFromKey(const QString &key)
{
    for (PostClass c : {PostClass::Information, PostClass::Mobilization, PostClass::Dialog}) {
        if (Torget::key(c) == key)
            return c;
    }
    return std::nullopt;
}

QString displayName(PostClass c)
{
    switch (c) {
    case PostClass::Information:
        return QCoreApplication::translate("Torget::PostClassifier", "Information");
    case PostClass::Mobilization:
        return QCoreApplication::translate("Torget::PostClassifier", "Mobilization");
    case PostClass::Dialog:
        return QCoreApplication::translate("Torget::PostClassifier", "Dialog");
    }
    return {};
}

namespace {

// The text folded as the search index folds it, with the position in `text` of every folded unit, so
// that a match in the folded text can be shown as the words the post really has.
struct Folded
{
    QString text;
    std::vector<qsizetype> origin; // origin[i]: where folded unit i came from; origin[size] = end
};

Folded foldWithOrigins(const QString &text)
{
    Folded f;
    f.text.reserve(text.size());
    f.origin.reserve(static_cast<std::size_t>(text.size()) + 1);
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype width = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QChar c = text.at(i);
        if (c.unicode() < 128) {
            f.text.append(c.toLower());
            f.origin.push_back(i);
        } else {
            const QString piece = SearchText::fold(text.mid(i, width));
            for (qsizetype k = 0; k < piece.size(); ++k)
                f.origin.push_back(i);
            f.text.append(piece);
        }
        i += width;
    }
    f.origin.push_back(text.size());
    return f;
}

} // namespace

PostClassifier::PostClassifier()
{
    const auto options = QRegularExpression::UseUnicodePropertiesOption;
    for (const PostRules::PostRule &rule : PostRules::all()) {
        QStringList alternatives;
        for (const char *pattern : rule.patterns)
            alternatives << QStringLiteral("(?:") + QString::fromUtf8(pattern) + QLatin1Char(')');
        QRegularExpression re(alternatives.join(QLatin1Char('|')), options);
        re.optimize();
        Q_ASSERT_X(re.isValid(), "PostClassifier", qPrintable(re.errorString()));
        m_rules.push_back({QString::fromLatin1(rule.id), rule.towards, rule.weight, std::move(re)});
    }
}

Classification PostClassifier::classify(const QString &input) const
{
    // Composed form first: a decomposed "å" (a + ring) must fold to å, not to a.
    const QString text = input.normalized(QString::NormalizationForm_C);
    const Folded folded = foldWithOrigins(text);
    Classification result;
    for (const Compiled &rule : m_rules) {
        const QRegularExpressionMatch match = rule.pattern.match(folded.text);
        if (!match.hasMatch())
            continue;
        int group = 0;
        for (int g = 1; g <= match.lastCapturedIndex(); ++g) {
            if (match.capturedLength(g) > 0) {
                group = g;
                break;
            }
        }
        const qsizetype start = match.capturedStart(group);
        const qsizetype end = match.capturedEnd(group);
        const qsizetype from = folded.origin[static_cast<std::size_t>(start)];
        const qsizetype to = end > start ? folded.origin[static_cast<std::size_t>(end - 1)] + 1 : from;
        // A surrogate pair maps both halves to its first unit; include the low half.
        const qsizetype toFull = (to < text.size() && text.at(to).isLowSurrogate()) ? to + 1 : to;
        ClassificationReason reason;
        reason.rule = rule.id;
        reason.towards = rule.towards;
        reason.matched = text.mid(from, toFull - from).trimmed();
        reason.weight = rule.weight;
        reason.position = from;
        (rule.towards == PostClass::Dialog ? result.dialogScore : result.mobilizationScore) += rule.weight;
        result.reasons.push_back(std::move(reason));
    }
    // Scores are sums of weights with one decimal; compare with a little slack for rounding.
    constexpr double epsilon = 1e-9;
    const bool mobilizes = result.mobilizationScore + epsilon >= threshold;
    const bool engages = result.dialogScore + epsilon >= threshold;
    if (!mobilizes && !engages)
        result.postClass = PostClass::Information;
    else if (engages && result.dialogScore + epsilon >= result.mobilizationScore)
        result.postClass = PostClass::Dialog; // the higher score, or a tie
    else
        result.postClass = PostClass::Mobilization;
    return result;
}

std::vector<PostClassifier::RuleInfo> PostClassifier::rules()
{
    std::vector<RuleInfo> out;
    for (const PostRules::PostRule &rule : PostRules::all())
        out.push_back({QString::fromLatin1(rule.id), rule.towards, rule.weight,
                       QCoreApplication::translate("Torget::PostClassifier", rule.description)});
    return out;
}

QString PostClassifier::describe(const QString &ruleId)
{
    for (const PostRules::PostRule &rule : PostRules::all()) {
        if (ruleId == QLatin1String(rule.id))
            return QCoreApplication::translate("Torget::PostClassifier", rule.description);
    }
    return {};
}

} // namespace Torget
