#include "secretstore.h"

#include <QEventLoop>

#include <optional>

namespace Torget {

namespace {

// Runs start(done) and a local event loop until done has been called (it is never called
// synchronously, so the loop is always entered before it can quit).
template <typename T>
T waitFor(const std::function<void(std::function<void(T)>)> &start)
{
    QEventLoop loop;
    std::optional<T> result;
    start([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

Result<QString> SecretStore::readNow(const QString &key)
{
    return waitFor<Result<QString>>([&](auto done) { read(key, std::move(done)); });
}

Status SecretStore::writeNow(const QString &key, const QString &secret)
{
    return waitFor<Status>([&](auto done) { write(key, secret, std::move(done)); });
}

Status SecretStore::removeNow(const QString &key)
{
    return waitFor<Status>([&](auto done) { remove(key, std::move(done)); });
}

} // namespace Torget
