// MergeCustomerDialog: picks the customer to merge into the one whose profile is open, by
// quick search (id, e-mail, phone or name; the first matches, asked on a worker). The
// profile's own customer is never offered.
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace mwb::ui {

class CustomerService;

class MergeCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kShownMatches = 50;

    MergeCustomerDialog(CustomerService *service, qint64 keptId, const QString &keptName, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QListWidget *matches() const { return m_matches; }
    // The customer chosen (0: none).
    qint64 chosenId() const;
    QString chosenName() const;
    // The chosen customer is kept and the profile's one merged into it (the default is the
    // other way round).
    bool keepChosen() const;
    QCheckBox *keepChosenBox() const { return m_keepChosen; }
    // Chooses the match of this customer, if listed; true when chosen.
    bool choose(qint64 customerId);

Q_SIGNALS:
    // The matches of the newest search are listed.
    void matchesShown();

private:
    void search();

    CustomerService *m_service;
    qint64 m_keptId;
    QLineEdit *m_search;
    QListWidget *m_matches;
    QLabel *m_status;
    QCheckBox *m_keepChosen;
    QDialogButtonBox *m_buttons;
    QTimer *m_delay;
    quint64 m_generation = 0;
};

} // namespace mwb::ui
