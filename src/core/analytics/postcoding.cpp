#include "postcoding.h"

#include "domain/types.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/maturityrepository.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace Torget {

PostCoding::PostCoding(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<int> PostCoding::codePending()
{
    MaturityRepository repository(m_db);
    auto pending = repository.postsToCode(PostClassifier::version);
    if (!pending)
        return Error{pending.error()};
    if (pending->empty())
        return 0;
    std::vector<std::pair<qint64, QString>> codes;
    codes.reserve(pending->size());
    for (const auto &[id, text] : *pending)
        codes.emplace_back(id, key(m_classifier.classify(text).postClass));
    if (auto set = repository.setAutoCodes(codes, PostClassifier::version); !set)
        return Error{set.error()};
    return static_cast<int>(codes.size());
}

Status PostCoding::audit(const QString &action, qint64 postId, const QString &detail, const Agent &agent)
{
    AuditEntry a;
    a.at = m_clock.now().toMSecsSinceEpoch();
    a.agentId = agent.id > 0 ? std::optional<qint64>(agent.id) : std::nullopt;
    a.action = action;
    a.objectType = QStringLiteral("post");
    a.objectId = postId;
    a.detail = detail;
    auto id = HistoryRepository(m_db).audit(a);
    return id ? Status() : Status(Error{id.error()});
}

Status PostCoding::overrideCode(qint64 postId, PostClass code, const Agent &agent)
{
    return m_db.write([&]() -> Status {
        MaturityRepository repository(m_db);
        auto post = repository.post(postId);
        if (!post)
            return Error{post.error()};
        if (!post->has_value())
            return Error{QCoreApplication::translate("Torget::PostCoding", "There is no post with id %1.")
                             .arg(postId)};
        const QString before =
            (*post)->code.isEmpty() ? key(m_classifier.classify((*post)->text).postClass) : (*post)->code;
        if (auto set = repository.setOverride(postId, key(code)); !set)
            return set;
        return audit(QStringLiteral("maturity-override"), postId, before + QStringLiteral(" → ") + key(code),
                     agent);
    });
}

Status PostCoding::removeOverride(qint64 postId, const Agent &agent)
{
    return m_db.write([&]() -> Status {
        MaturityRepository repository(m_db);
        auto post = repository.post(postId);
        if (!post)
            return Error{post.error()};
        if (!post->has_value())
            return Error{QCoreApplication::translate("Torget::PostCoding", "There is no post with id %1.")
                             .arg(postId)};
        if (!(*post)->overridden)
            return {};
        const QString automatic = key(m_classifier.classify((*post)->text).postClass);
        if (auto set = repository.clearOverride(postId, automatic, PostClassifier::version); !set)
            return set;
        return audit(QStringLiteral("maturity-override-removed"), postId,
                     (*post)->code + QStringLiteral(" → ") + automatic, agent);
    });
}

} // namespace Torget
