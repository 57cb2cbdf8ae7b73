#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>
#include <vector>

namespace Torget {

// What an own post does for the relation to citizens (DOMAIN.md §2, after Lovejoy & Saxton 2012):
// publishes news, asks citizens to act, or engages them in a conversation. Stored as key().
enum class PostClass
{
    Information,
    Mobilization,
    Dialog
};

QString key(PostClass c);
std::optional<PostClass> postClassFromKey(const QString &key);
QString displayName(PostClass c); // translated: "Information", "Mobilisering", …

// One rule that fired on a post: which rule, the words it matched (as written in the post), its weight
// and the class it speaks for.
struct ClassificationReason
{
    QString rule; // stable id, e.g. "sign-up"
    PostClass towards = PostClass::Mobilization;
    QString matched;
    double weight = 0;
    qsizetype position = 0; // where `matched` starts in the post's text
};

struct Classification
{
    PostClass postClass = PostClass::Information;
    double mobilizationScore = 0;
    double dialogScore = 0;
    std::vector<ClassificationReason> reasons; // in rule order
};

// A transparent, rule-based classifier for posts in bokmål, nynorsk and English.
//
// Every rule is a set of patterns over the folded text (SearchText::fold: lower case, accents off,
// æ ø å kept) and a weight towards mobilization or dialog; a rule counts once however often it
// matches. Information is what is left: a post is mobilization or dialog only when that class scores
// at least `threshold`. Weak cues (a reminder, "søk", a question mark) weigh less than 1, so one of
// them alone leaves a post as information; two together, or one strong cue, move it.
// When both classes pass the threshold the higher score wins, and a tie goes to dialog: a post that
// asks for opinions usually also asks people to do something (comment, come to a meeting), and
// dialog is the higher rung. No negation handling: "ikke meld deg på" still counts as a call to
// action (rare in municipal posts).
class PostClassifier final
{
public:
    PostClassifier();

    Classification classify(const QString &text) const;

    // Bumped whenever the rules change: automatic codes stored under an older version are recomputed.
    static constexpr int version = 1;
    static constexpr double threshold = 1.0;

    struct RuleInfo
    {
        QString id;
        PostClass towards;
        double weight;
        QString description; // translated
    };
    // The rules, for the method explanation in the app and the report.
    static std::vector<RuleInfo> rules();
    // A translated description of one rule id (empty for an unknown id).
    static QString describe(const QString &ruleId);

private:
    struct Compiled
    {
        QString id;
        PostClass towards;
        double weight;
        QRegularExpression pattern;
    };
    std::vector<Compiled> m_rules;
};

} // namespace Torget
