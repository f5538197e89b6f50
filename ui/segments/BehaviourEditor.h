// BehaviourEditor: the settings of a behaviour condition. "Did an event" (type, channel,
// within the last N days, at least K times), the same on one campaign (campaign sent,
// opened, clicked, converted…), and "bought" (within N days, at least K orders, each of at
// least an amount, in a channel, of one of some products, categories or brands, with a name
// holding a text; the pickers search the workspace's catalogue). Event types and channels are offered by their
// names and stored as their codes; any other text may be typed and is kept as written.
#pragma once

#include "segments/SegmentDefinition.h"
#include "segments/SegmentQuery.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace mwb::ui {

class MultiValueEditor;

class BehaviourEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        Event,
        CampaignEvent,
        Purchase
    };

    BehaviourEditor(Mode mode, const SegmentNode &node, const SegmentVocabulary &vocabulary, QWidget *parent = nullptr);

    SegmentNode node() const;
    Mode mode() const { return m_mode; }

    // The condition a newly picked behaviour starts from.
    static SegmentNode defaultNode(Mode mode, const SegmentVocabulary &vocabulary);

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_type = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_campaign = nullptr;
    QDate m_fixedFrom;
    QDate m_fixedTo;
    QCheckBox *m_within = nullptr;
    QSpinBox *m_withinDays = nullptr;
    QSpinBox *m_minCount = nullptr;
    QCheckBox *m_amount = nullptr;
    QDoubleSpinBox *m_minAmount = nullptr;
    QLineEdit *m_product = nullptr;
    MultiValueEditor *m_products = nullptr;
    MultiValueEditor *m_categories = nullptr;
    MultiValueEditor *m_brands = nullptr;
    Mode m_mode;
};

} // namespace mwb::ui
