<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mwb::CampaignStore</name>
    <message numerus="yes">
        <source>None of the %Ln has an e-mail address.</source>
        <translation>
            <numerusform>The one customer has no e-mail address.</numerusform>
            <numerusform>None of the %Ln has an e-mail address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln has a phone number.</source>
        <translation>
            <numerusform>The one customer has no phone number.</numerusform>
            <numerusform>None of the %Ln has a phone number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln has a postal address.</source>
        <translation>
            <numerusform>The one customer has no postal address.</numerusform>
            <numerusform>None of the %Ln has a postal address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln has an e-mail address or a phone number.</source>
        <translation>
            <numerusform>The one customer has no e-mail address or phone number.</numerusform>
            <numerusform>None of the %Ln has an e-mail address or a phone number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::ActiveMemberChart</name>
    <message numerus="yes">
        <source>Active member rate by month (active in the last %Ln days)</source>
        <translation>
            <numerusform>Active member rate by month (active in the last day)</numerusform>
            <numerusform>Active member rate by month (active in the last %Ln days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::ActiveMembersPanel</name>
    <message numerus="yes">
        <source>the last %n months</source>
        <translation>
            <numerusform>the last month</numerusform>
            <numerusform>the last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> Vertical marks: the %Ln campaigns sent in these months (hover one for its name); solid red ones held a control group, and their campaign report gives the part of any change they caused — a rise after a dashed one is not shown to be its doing.</source>
        <translation>
            <numerusform> Vertical mark: the campaign sent in these months (hover it for its name); solid red when it held a control group, and then its campaign report gives the part of any change it caused — a rise after a dashed one is not shown to be its doing.</numerusform>
            <numerusform> Vertical marks: the %Ln campaigns sent in these months (hover one for its name); solid red ones held a control group, and their campaign report gives the part of any change they caused — a rise after a dashed one is not shown to be its doing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::CampaignsPage</name>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln campaign</numerusform>
            <numerusform>%Ln campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::CohortTableModel</name>
    <message numerus="yes">
        <source>%Ln customers in the cohort of %1</source>
        <translation>
            <numerusform>%Ln customer in the cohort of %1</numerusform>
            <numerusform>%Ln customers in the cohort of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomerListDialog</name>
    <message numerus="yes">
        <source>%Ln customers.</source>
        <translation>
            <numerusform>%Ln customer.</numerusform>
            <numerusform>%Ln customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::CustomersPage</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::ImportMappingPage</name>
    <message numerus="yes">
        <source>Using the mapping “%1” (saved on %2): it names %n of this file&apos;s columns; the others keep the proposals from their names.</source>
        <translation>
            <numerusform>Using the mapping “%1” (saved on %2): it names %n of this file&apos;s columns; the others keep the proposals from their names.</numerusform>
            <numerusform>Using the mapping “%1” (saved on %2): it names %n of this file&apos;s columns; the others keep the proposals from their names.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneyFilterBar</name>
    <message numerus="yes">
        <source>%n channels</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneyFlowView</name>
    <message numerus="yes">
        <source>%n customers on the paths drawn</source>
        <translation>
            <numerusform>%n customer on the paths drawn</numerusform>
            <numerusform>%n customers on the paths drawn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::JourneyTimeline</name>
    <message numerus="yes">
        <source>%1 and %n more product(s)</source>
        <translation>
            <numerusform>%1 and %n more product</numerusform>
            <numerusform>%1 and %n more products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::LifecyclePage</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touchpoints</source>
        <translation>
            <numerusform>%Ln touchpoint</numerusform>
            <numerusform>%Ln touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln campaign</numerusform>
            <numerusform>%Ln campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n damaged stretch(es) skipped</source>
        <translation>
            <numerusform>, %n damaged stretch skipped</numerusform>
            <numerusform>, %n damaged stretches skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme day(s) due: Programmes › Run due programmes.</source>
        <translation>
            <numerusform>%n programme day due: Programmes › Run due programmes.</numerusform>
            <numerusform>%n programme days due: Programmes › Run due programmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::MergeCustomerDialog</name>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::OverviewPage</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touchpoints</source>
        <translation>
            <numerusform>%Ln touchpoint</numerusform>
            <numerusform>%Ln touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest orders</source>
        <translation>
            <numerusform>%Ln guest order</numerusform>
            <numerusform>%Ln guest orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refunds</source>
        <translation>
            <numerusform>%Ln refund</numerusform>
            <numerusform>%Ln refunds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::PointsPanel</name>
    <message numerus="yes">
        <source>after %n month(s)</source>
        <translation>
            <numerusform>after %n month</numerusform>
            <numerusform>after %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::ProgrammesPage</name>
    <message numerus="yes">
        <source>Last run for %1; %n in it now</source>
        <translation>
            <numerusform>Last run for %1; %n in it now</numerusform>
            <numerusform>Last run for %1; %n in it now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme day(s) due up to %1, the last day of the data.</source>
        <translation>
            <numerusform>%n programme day due up to %1, the last day of the data.</numerusform>
            <numerusform>%n programme days due up to %1, the last day of the data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 entries (%2 in the holdout, %3 in the global control group); programme conversion %4 against %5 in the holdout, within %n day(s) of entering.
Incremental against the holdout: %6; against the global control group: %7.</source>
        <translation>
            <numerusform>%1 entries (%2 in the holdout, %3 in the global control group); programme conversion %4 against %5 in the holdout, within %n day of entering.
Incremental against the holdout: %6; against the global control group: %7.</numerusform>
            <numerusform>%1 entries (%2 in the holdout, %3 in the global control group); programme conversion %4 against %5 in the holdout, within %n days of entering.
Incremental against the holdout: %6; against the global control group: %7.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ran %n programme day(s): %1 sent.</source>
        <translation>
            <numerusform>Ran %n programme day: %1 sent.</numerusform>
            <numerusform>Ran %n programme days: %1 sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::ReferralTreeView</name>
    <message numerus="yes">
        <source>Referred %n customer(s) directly</source>
        <translation>
            <numerusform>Referred %n customer directly</numerusform>
            <numerusform>Referred %n customers directly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n in all down the tree.</source>
        <translation>
            <numerusform>, %n in all down the tree.</numerusform>
            <numerusform>, %n in all down the tree.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::SegmentEditor</name>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb::ui::TiersPanel</name>
    <message numerus="yes">
        <source>spend in the last %Ln days</source>
        <translation>
            <numerusform>spend in the last day</numerusform>
            <numerusform>spend in the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>orders in the last %Ln days</source>
        <translation>
            <numerusform>orders in the last day</numerusform>
            <numerusform>orders in the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tiers by rules: %1; moves down reviewed %2, after %Ln days&apos; grace. %3.</source>
        <translation>
            <numerusform>Tiers by rules: %1; moves down reviewed %2, after %Ln day&apos;s grace. %3.</numerusform>
            <numerusform>Tiers by rules: %1; moves down reviewed %2, after %Ln days&apos; grace. %3.</numerusform>
        </translation>
    </message>
</context>
</TS>
