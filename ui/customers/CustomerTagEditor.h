// CustomerTagEditor: a customer's tags as a row of chips, a box to add one and a button to
// remove the chosen one. It only asks: the profile writes through the core and shows the
// tags again when the write landed.
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace mwb::ui {

class CustomerTagEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerTagEditor(QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    QStringList tags() const;
    // While a write is on its way the editor takes no new edit.
    void setBusy(bool busy);

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    // Adds the typed tag (trimmed; ignored when empty or there already).
    void addTyped();
    // Removes the chosen tag (or `tag`).
    void removeTag(const QString &tag = {});

Q_SIGNALS:
    void addRequested(const QString &tag);
    void removeRequested(const QString &tag);

private:
    void updateButtons();

    QListWidget *m_list;
    QLineEdit *m_input;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_busy = false;
};

} // namespace mwb::ui
