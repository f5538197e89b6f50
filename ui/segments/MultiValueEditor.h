// MultiValueEditor: the list value of an "is any of" / "is none of" condition. A button
// shows the chosen values; it opens a checkable list of the workspace's values (stages,
// tiers, cities, tags…) and, where the list is open-ended, a line to add other values.
// The values keep the order they were given in.
#pragma once

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QWidget>

class QFrame;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mwb::ui {

class MultiValueEditor : public QWidget
{
    Q_OBJECT

public:
    using Option = QPair<QJsonValue, QString>; // value as written, text shown

    enum class Entry {
        ClosedList,
        FreeText,
        FreeNumber
    };

    MultiValueEditor(const QList<Option> &options, Entry entry, const QJsonArray &values, QWidget *parent = nullptr);

    QJsonArray values() const;

    QPushButton *button() const { return m_button; }
    QListWidget *list() const { return m_list; }
    QLineEdit *addLine() const { return m_add; } // null for a closed list
    QFrame *popup() const { return m_popup; }

    // Checks the value when it is listed, else (open lists) adds it checked.
    bool addValue(const QString &text);

Q_SIGNALS:
    void changed();

private:
    void appendItem(const QJsonValue &value, const QString &text, bool checked);
    void updateButton();
    void showPopup();

    Entry m_entry;
    QPushButton *m_button;
    QFrame *m_popup;
    QListWidget *m_list;
    QLineEdit *m_add = nullptr;
};

} // namespace mwb::ui
