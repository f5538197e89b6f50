// NewWorkspaceDialog: what a new workspace is about before it is made: the phone region
// its numbers are read in and the currency its amounts are in (proposed from the
// preferences, which start from the system's locale). Tests answer it in advance.
#pragma once

#include <QDialog>

#include <optional>
#include <utility>

namespace mwb::ui {

class RegionCurrencyPicker;

class NewWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString region;
        QString currency;
    };

    NewWorkspaceDialog(const QString &fileName, const QString &region, const QString &currency,
                       QWidget *parent = nullptr);
    Choice choice() const;

    // Asks; nothing when cancelled.
    static std::optional<Choice> ask(QWidget *parent, const QString &fileName, const QString &region,
                                     const QString &currency);
    // For tests: the next ask() is not shown and returns `choice` (none: cancelled).
    static void setNextChoice(const std::optional<Choice> &choice);

private:
    RegionCurrencyPicker *m_picker;
};

} // namespace mwb::ui
