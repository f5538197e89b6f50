// MessageBox: the one way ui/ asks or tells the user something in a modal box. Tests
// answer in advance with setNextAnswer(), so no test ever blocks on a dialog, and can
// read what the user would have been told.
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace mwb::ui {

class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // Asks before a change that is hard to take back (delete, undo, merge), unless the
    // user turned such questions off in Preferences; true to go ahead.
    static bool confirm(QWidget *parent, const QString &title, const QString &text);

    // For tests: the next box is not shown; it returns `answer` at once (called several
    // times, the next boxes answer in turn).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For tests: answers given in advance and not used are dropped.
    static void forgetNextAnswers();
    // For tests: the text of the last box shown or answered in advance.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace mwb::ui
