#include "graphfields.h"

namespace Torget {

namespace {

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {}

    QList<FieldSpec> list()
    {
        QList<FieldSpec> out;
        while (m_pos < m_text.size() && peek() != u'}') {
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            FieldSpec field = one();
            if (!field.name.isEmpty())
                out << field;
            else
                ++m_pos; // skip a character that cannot start a name
        }
        return out;
    }

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }

    QString name()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (peek().isLetterOrNumber() || peek() == u'_'))
            ++m_pos;
        return m_text.mid(start, m_pos - start).trimmed();
    }

    FieldSpec one()
    {
        FieldSpec field;
        while (peek().isSpace())
            ++m_pos;
        field.name = name();
        if (field.name.isEmpty())
            return field;
        // Modifiers and braces may come in either order: a.limit(2){x} or a{x}.limit(2).
        for (;;) {
            if (peek() == u'.') {
                ++m_pos;
                const QString modifier = name();
                QString argument;
                if (peek() == u'(') {
                    const qsizetype close = m_text.indexOf(u')', m_pos);
                    const qsizetype end = close < 0 ? m_text.size() : close;
                    argument = m_text.mid(m_pos + 1, end - m_pos - 1).trimmed();
                    m_pos = close < 0 ? m_text.size() : close + 1;
                }
                field.modifiers.insert(modifier, argument);
            } else if (peek() == u'{') {
                ++m_pos;
                const qsizetype start = m_pos;
                field.children = list();
                field.childrenText = m_text.mid(start, m_pos - start);
                if (peek() == u'}')
                    ++m_pos;
            } else {
                return field;
            }
        }
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace

FieldList::FieldList(const QString &text)
{
    Parser parser(text);
    m_fields = parser.list();
}

const FieldSpec *FieldList::find(const QString &name) const
{
    for (const FieldSpec &field : m_fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

FieldList FieldList::of(const QList<FieldSpec> &fields)
{
    FieldList list;
    list.m_fields = fields;
    return list;
}

} // namespace Torget
