// ElidingLabel: a one-line label that ends its text with "…" when there is not room for all
// of it, and then shows the whole text as its tooltip (a card never cuts a word off in the
// middle). Its own tooltip, if set, follows the text.
#pragma once

#include <QLabel>

namespace mwb::ui {

class ElidingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(QWidget *parent = nullptr);
    explicit ElidingLabel(const QString &text, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_text; }
    void setExtraToolTip(const QString &toolTip);
    bool isElided() const { return text() != m_text; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_text;
    QString m_extraToolTip;
};

} // namespace mwb::ui
