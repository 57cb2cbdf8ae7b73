#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Torget {

// An error with a message already translated for the user (tr() at the place that knows the cause).
struct Error
{
    QString message;
    // For the program, where a caller must tell one failure from another ("secret-missing"); most
    // errors leave it empty.
    QString code = {};
};

// expected-style return value: either a T or an Error. Loaders and storage return it instead of
// throwing, so that every caller decides how to show the error.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &std::get<0>(m_data); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const QString &error() const { return std::get<1>(m_data).message; }
    const Error &failure() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error->message; }
    const Error &failure() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Torget
