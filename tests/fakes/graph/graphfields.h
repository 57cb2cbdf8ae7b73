#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Torget {

// Graph's `fields` syntax, as far as the fake needs it:
//   id,message,messages.limit(5){id,from},reactions.summary(true).limit(0),comments.filter(stream)
// A field has a name, modifiers ("limit" → "5") and sub-fields (the part in braces).
struct FieldSpec
{
    QString name;
    QHash<QString, QString> modifiers;
    QList<FieldSpec> children;
    QString childrenText; // the text inside the braces, to echo in a nested edge's next URL
};

class FieldList
{
public:
    FieldList() = default;
    explicit FieldList(const QString &text);
    bool isEmpty() const { return m_fields.isEmpty(); }
    bool has(const QString &name) const { return find(name) != nullptr; }
    const FieldSpec *find(const QString &name) const;
    const QList<FieldSpec> &fields() const { return m_fields; }
    static FieldList of(const QList<FieldSpec> &fields);

private:
    QList<FieldSpec> m_fields;
};

} // namespace Torget
