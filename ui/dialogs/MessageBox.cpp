#include "MessageBox.h"

#include "UiSettings.h"

#include <QList>

namespace mwb::ui {

namespace {
QList<QMessageBox::StandardButton> g_nextAnswers; // answered in turn
QString g_lastText;
} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    if (!g_nextAnswers.isEmpty())
        return g_nextAnswers.takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (!UiSettings::value(UiSetting::ConfirmChanges).toBool())
        return true;
    return question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswers.append(answer);
}

void MessageBox::forgetNextAnswers()
{
    g_nextAnswers.clear();
}

QString MessageBox::lastText()
{
    return g_lastText;
}

} // namespace mwb::ui
