#include "SegmentsPage.h"

#include "DisplayFormat.h"
#include "UiSettings.h"
#include "WorkspaceSession.h"
#include "dialogs/FileDialog.h"
#include "dialogs/InputDialog.h"
#include "dialogs/MessageBox.h"
#include "export/AtomicFile.h"
#include "store/InputFile.h"
#include "segments/OverlapPanel.h"
#include "segments/RfmPanel.h"
#include "segments/SavedSegmentList.h"
#include "segments/SegmentBuilder.h"
#include "segments/SegmentEditor.h"
#include "segments/SegmentService.h"

#include <QAction>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace mwb::ui {

namespace {

QPushButton *button(QWidget *parent, const QString &text, const QString &name, const QString &tip)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    return b;
}

QString jsonFilter()
{
    return SegmentsPage::tr("Segment definitions (*.json);;All files (*)");
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

SegmentsPage::SegmentsPage(WorkspaceSession *session, QWidget *parent)
    : WorkbenchPage(parent)
    , m_session(session)
    , m_list(new SavedSegmentList(this))
    , m_editor(new SegmentEditor(session, this))
    , m_rfm(new RfmPanel(session, this))
    , m_overlap(new OverlapPanel(session->segments(), this))
    , m_tabs(new QTabWidget(this))
{
    m_editor->setObjectName(u"segmentEditor"_s);
    m_rfm->setObjectName(u"rfmPanel"_s);
    m_overlap->setObjectName(u"overlapPanel"_s);
    m_tabs->setObjectName(u"segmentTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createEditorTab(), tr("Definition"));
    m_tabs->addTab(m_rfm, tr("RFM"));
    m_tabs->addTab(m_overlap, tr("Overlap"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createListPanel());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(createHeading(tr("Segments")));
    layout->addWidget(splitter, 1);

    // Ctrl+S saves the segment being edited, wherever the focus is on the page.
    auto *saveAction = new QAction(tr("Save Segment"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    addAction(saveAction);

    connect(m_editor, &SegmentEditor::edited, this, [this] {
        updateHeader();
        updateActions();
    });
    connect(m_editor, &SegmentEditor::countShown, this, &SegmentsPage::checkReady);
    connect(m_editor, &SegmentEditor::previewShown, this, &SegmentsPage::checkReady);
    connect(m_editor, &SegmentEditor::allCustomersRequested, this,
            [this] { m_editor->showAllCustomers(currentSegmentId() > 0 ? m_currentName : tr("New segment")); });
    connect(m_list, &SavedSegmentList::currentSegmentChanged, this, [this](qint64 id) {
        if (id != 0 && !openSegment(id))
            m_list->setCurrentId(currentSegmentId());
    });
    connect(m_rfm, &RfmPanel::loaded, this, &SegmentsPage::checkReady);
    connect(m_session->segments(), &SegmentService::segmentsChanged, this, &SegmentsPage::reloadList);
    connect(m_session, &WorkspaceSession::opened, this, &SegmentsPage::workspaceOpened);
    connect(m_session, &WorkspaceSession::closed, this, &SegmentsPage::workspaceClosed);
    connect(m_session, &WorkspaceSession::overviewChanged, this, [this] {
        // The first figures after opening change nothing here; later ones follow an import
        // or an undo, which move every count.
        if (m_overviewSeen)
            dataChanged();
        m_overviewSeen = true;
    });
    connect(m_session, &WorkspaceSession::lifecycleChanged, this, &SegmentsPage::dataChanged);
    connect(m_session, &WorkspaceSession::scoresChanged, this, &SegmentsPage::dataChanged);

    if (m_session->isOpen()) {
        workspaceOpened();
        m_overviewSeen = m_session->loaded();
    } else {
        updateActions();
    }
}

QString SegmentsPage::pageId() const
{
    return u"segments"_s;
}

QString SegmentsPage::title() const
{
    return tr("Segments");
}

QIcon SegmentsPage::icon() const
{
    return QIcon(u":/icons/segments.svg"_s);
}

QWidget *SegmentsPage::createListPanel()
{
    auto *panel = new QWidget(this);
    auto *caption = new QLabel(tr("<b>Saved segments</b>"), panel);
    m_list->setObjectName(u"savedSegments"_s);
    m_new = button(panel, tr("New"), u"newSegment"_s, tr("Start a new segment of everyone"));
    m_duplicate = button(panel, tr("Duplicate"), u"duplicateSegment"_s, tr("Save a copy of the chosen segment"));
    m_rename = button(panel, tr("Rename…"), u"renameSegment"_s, tr("Rename the chosen segment"));
    m_delete = button(panel, tr("Delete…"), u"deleteSegment"_s, tr("Delete the chosen segment"));
    m_import = button(panel, tr("Import JSON…"), u"importSegment"_s, tr("Save a segment from a definition file"));
    m_export = button(panel, tr("Export JSON…"), u"exportSegment"_s,
                      tr("Write the definition to a file (for another workspace or the mwb command)"));
    m_snapshot =
        button(panel, tr("Snapshot"), u"snapshotSegment"_s, tr("Freeze today's members of the chosen segment"));
    connect(m_new, &QPushButton::clicked, this, &SegmentsPage::newSegment);
    connect(m_duplicate, &QPushButton::clicked, this, &SegmentsPage::duplicateSegment);
    connect(m_rename, &QPushButton::clicked, this, &SegmentsPage::renameSegment);
    connect(m_delete, &QPushButton::clicked, this, &SegmentsPage::deleteSegment);
    connect(m_import, &QPushButton::clicked, this, &SegmentsPage::importDefinition);
    connect(m_export, &QPushButton::clicked, this, &SegmentsPage::exportDefinition);
    connect(m_snapshot, &QPushButton::clicked, this, &SegmentsPage::snapshotSegment);

    auto *buttons = new QGridLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_rename, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    buttons->addWidget(m_import, 2, 0);
    buttons->addWidget(m_export, 2, 1);
    buttons->addWidget(m_snapshot, 3, 0, 1, 2);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(caption);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    panel->setMinimumWidth(260);
    return panel;
}

QWidget *SegmentsPage::createEditorTab()
{
    auto *tab = new QWidget(this);
    m_editTitle = new QLabel(tab);
    m_editTitle->setObjectName(u"segmentTitle"_s);
    QFont titleFont = m_editTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_editTitle->setFont(titleFont);
    m_editState = new QLabel(tab);
    m_editState->setObjectName(u"segmentState"_s);
    m_save = button(tab, tr("Save"), u"saveSegment"_s, tr("Save the definition (Ctrl+S)"));
    m_saveAs = button(tab, tr("Save as…"), u"saveSegmentAs"_s, tr("Save the definition as a new segment"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_saveAs, &QPushButton::clicked, this, [this] { saveAs(); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_editTitle);
    header->addSpacing(8);
    header->addWidget(m_editState);
    header->addStretch(1);
    header->addWidget(m_save);
    header->addWidget(m_saveAs);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->addLayout(header);
    layout->addWidget(m_editor, 1);
    return tab;
}

void SegmentsPage::workspaceOpened()
{
    m_ready = false;
    m_writing = false; // an answer for the previous workspace never comes
    m_overviewSeen = false;
    m_overlapInputs.clear();
    m_list->setSegments({});
    m_editor->reset();
    reloadList();
    // Open with the first saved segment, or a new segment of everyone.
    const QList<SavedSegment> &saved = m_list->segments();
    const SegmentParse first =
        saved.isEmpty() ? SegmentParse{} : SegmentDefinition::fromJson(saved.constFirst().definition);
    if (!saved.isEmpty() && first.ok())
        loadSegment(first.node, saved.constFirst().id, saved.constFirst().name);
    else
        loadSegment(SegmentNode::group(SegmentNode::Kind::All), 0, {});
    m_session->segments()->segmentVocabulary(
        this, [this](const SegmentVocabulary &vocabulary) { m_editor->builder()->setVocabulary(vocabulary); });
    m_rfm->reload();
}

void SegmentsPage::workspaceClosed()
{
    m_ready = false;
    m_writing = false;
    m_editor->reset();
    m_list->setSegments({});
    m_overlapInputs.clear();
    m_overlap->setSegments({});
    updateHeader();
    updateActions();
}

void SegmentsPage::dataChanged()
{
    if (!m_session->isOpen())
        return;
    m_editor->recount();
    m_rfm->reload();
    m_overlap->recompute();
    m_session->segments()->segmentVocabulary(
        this, [this](const SegmentVocabulary &vocabulary) { m_editor->builder()->setVocabulary(vocabulary); });
}

void SegmentsPage::reloadList()
{
    const QList<SavedSegment> saved = m_session->segments()->listSegments();
    m_list->setSegments(saved);
    m_list->setCurrentId(currentSegmentId());
    // The overlap is counted again only when a segment it can compare changed (not when
    // a count was merely remembered).
    QList<QJsonObject> inputs;
    for (const SavedSegment &s : saved)
        inputs << QJsonObject{{u"id"_s, s.id}, {u"name"_s, s.name}, {u"definition"_s, s.definition}};
    if (inputs != m_overlapInputs) {
        m_overlapInputs = inputs;
        m_overlap->setSegments(saved);
    }
    if (const auto current = m_list->segment(currentSegmentId()))
        m_currentName = current->name;
    updateHeader();
    updateActions();
}

qint64 SegmentsPage::currentSegmentId() const
{
    return m_editor->savedId();
}

bool SegmentsPage::isModified() const
{
    return m_editor->isModified();
}

void SegmentsPage::loadSegment(const SegmentNode &definition, qint64 id, const QString &name)
{
    m_currentName = name;
    m_list->setCurrentId(id);
    m_editor->load(definition, id);
}

void SegmentsPage::setDefinition(const SegmentNode &definition)
{
    m_currentName.clear();
    m_list->setCurrentId(0);
    m_editor->edit(definition);
}

void SegmentsPage::checkReady()
{
    if (!m_ready && m_editor->hasFigures() && m_rfm->isLoaded()) {
        m_ready = true;
        Q_EMIT ready();
    }
}

void SegmentsPage::updateHeader()
{
    const qint64 id = currentSegmentId();
    const bool modified = isModified();
    m_editTitle->setText(id > 0 ? m_currentName : tr("New segment"));
    QString state = tr("saved");
    if (id == 0)
        state = modified ? tr("● not saved yet") : tr("not saved yet");
    else if (modified)
        state = tr("● unsaved changes");
    else if (const auto saved = m_list->segment(id); saved && saved->lastCount)
        state = tr("saved · counted %1")
                    .arg(SavedSegmentList::countedText(saved->lastCountedAt, QDateTime::currentDateTimeUtc()));
    m_editState->setText(state);
    m_editState->setForegroundRole(QPalette::PlaceholderText);
    m_editState->setStyleSheet(modified ? u"color: #b26a00;"_s : QString());
}

void SegmentsPage::updateActions()
{
    const bool open = m_session->isOpen();
    // One edit at a time: the buttons wait for the one being written.
    const bool changeable = open && !m_session->readOnly() && !m_writing;
    const bool saved = open && currentSegmentId() > 0;
    const bool valid = open && m_editor->validationError().isEmpty();
    for (QPushButton *b : {m_duplicate, m_rename, m_delete, m_snapshot})
        b->setEnabled(saved && changeable);
    m_new->setEnabled(open);
    m_import->setEnabled(changeable);
    m_export->setEnabled(valid);
    m_saveAs->setEnabled(valid && changeable);
    m_save->setEnabled(valid && changeable && (!saved || isModified()));
}

void SegmentsPage::confirmDiscard(const std::function<void()> &proceed)
{
    if (!isModified()) {
        proceed();
        return;
    }
    const QString name = currentSegmentId() > 0 ? m_currentName : tr("New segment");
    // An incomplete definition cannot be saved: only discarding it or going on editing.
    const bool savable = m_editor->validationError().isEmpty();
    const auto answer = savable
        ? MessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to “%1” first?").arg(name),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save)
        : MessageBox::question(this, tr("Unsaved changes"),
                               tr("The changes to “%1” are not complete. Discard them?").arg(name),
                               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        save(proceed);
    else if (answer == QMessageBox::Discard)
        proceed();
}

bool SegmentsPage::openSegment(qint64 id)
{
    if (id == currentSegmentId() && !isModified())
        return true;
    if (m_writing)
        return false; // the edit on its way first: it belongs to the segment on show
    // Set when `proceed` runs: at once, or later after a save (so not a local's address).
    const auto going = std::make_shared<bool>(false);
    confirmDiscard([this, id, going] {
        *going = true;
        const std::optional<SavedSegment> segment = m_session->segments()->findSegment(id);
        if (!segment) {
            m_list->setCurrentId(currentSegmentId());
            return;
        }
        const SegmentParse parsed = SegmentDefinition::fromJson(segment->definition);
        if (!parsed.ok()) {
            MessageBox::critical(this, tr("Open segment"),
                                 tr("The segment “%1” cannot be read: %2").arg(segment->name, parsed.error));
            m_list->setCurrentId(currentSegmentId());
            return;
        }
        loadSegment(parsed.node, segment->id, segment->name);
    });
    return *going || m_writing; // opening, or after the save underway
}

bool SegmentsPage::newSegment()
{
    if (m_writing)
        return false;
    // Set when `proceed` runs: at once, or later after a save (so not a local's address).
    const auto going = std::make_shared<bool>(false);
    confirmDiscard([this, going] {
        *going = true;
        loadSegment(SegmentNode::group(SegmentNode::Kind::All), 0, {});
    });
    return *going || m_writing;
}

void SegmentsPage::setWriting(bool writing)
{
    m_writing = writing;
    updateActions();
}

bool SegmentsPage::save(const std::function<void()> &then)
{
    const qint64 id = currentSegmentId();
    if (id == 0)
        return saveAs(then);
    setWriting(true);
    const SegmentNode definition = m_editor->definition();
    m_session->segments()->updateDefinition(
        id, definition.toJson(), this, [this, id, definition, then](const SegmentSaveResult &result) {
            setWriting(false);
            if (!result.ok()) {
                MessageBox::critical(this, tr("Save segment"),
                                     tr("“%1” could not be saved: %2").arg(m_currentName, result.error));
                m_list->setCurrentId(currentSegmentId()); // a click on another segment led here
                return;
            }
            // Saved as it was when asked: edits made meanwhile stay unsaved.
            if (currentSegmentId() == id) {
                m_editor->markSaved(id, definition);
                updateHeader();
            }
            if (then)
                then();
        });
    return true;
}

bool SegmentsPage::saveAs(const std::function<void()> &then)
{
    const qint64 id = currentSegmentId();
    const auto name = InputDialog::getText(this, tr("Save segment as"), tr("Segment name:"),
                                           id > 0 ? tr("%1 (copy)").arg(m_currentName) : QString());
    if (!name)
        return false;
    setWriting(true);
    const SegmentNode definition = m_editor->definition();
    m_session->segments()->save(*name, definition.toJson(), this,
                                [this, name = name->trimmed(), definition, then](const SegmentSaveResult &result) {
                                    setWriting(false);
                                    if (!result.ok()) {
                                        MessageBox::critical(this, tr("Save segment as"), result.error);
                                        m_list->setCurrentId(currentSegmentId());
                                        return;
                                    }
                                    // The editor is on the segment it was (no other opens while a
                                    // write is on its way); edits made meanwhile stay unsaved.
                                    m_currentName = name;
                                    m_editor->markSaved(result.id, definition);
                                    m_list->setCurrentId(result.id);
                                    updateHeader();
                                    if (then)
                                        then();
                                });
    return true;
}

bool SegmentsPage::duplicateSegment()
{
    const qint64 id = currentSegmentId();
    if (id == 0)
        return false;
    // Set when `proceed` runs: at once, or later after a save (so not a local's address).
    const auto going = std::make_shared<bool>(false);
    confirmDiscard([this, id, going] {
        *going = true;
        setWriting(true);
        m_session->segments()->duplicate(id, this, [this](const SegmentSaveResult &result) {
            setWriting(false);
            if (!result.ok()) {
                MessageBox::critical(this, tr("Duplicate segment"), result.error);
                return;
            }
            // The edits were saved or let go above: open the copy without asking again.
            const std::optional<SavedSegment> copy = m_session->segments()->findSegment(result.id);
            const SegmentParse parsed = copy ? SegmentDefinition::fromJson(copy->definition) : SegmentParse{};
            if (copy && parsed.ok())
                loadSegment(parsed.node, copy->id, copy->name);
        });
    });
    return *going || m_writing;
}

bool SegmentsPage::renameSegment()
{
    const qint64 id = currentSegmentId();
    if (id == 0)
        return false;
    const auto name = InputDialog::getText(this, tr("Rename segment"), tr("New name:"), m_currentName);
    if (!name || name->trimmed() == m_currentName)
        return false;
    setWriting(true);
    m_session->segments()->rename(id, *name, this, [this, id, name = name->trimmed()](const SegmentSaveResult &result) {
        setWriting(false);
        if (!result.ok()) {
            MessageBox::critical(this, tr("Rename segment"), result.error);
            return;
        }
        if (currentSegmentId() == id) {
            m_currentName = name;
            updateHeader();
        }
    });
    return true;
}

bool SegmentsPage::deleteSegment()
{
    const qint64 id = currentSegmentId();
    if (id == 0)
        return false;
    if (!MessageBox::confirm(
            this, tr("Delete segment"),
            tr("Delete the segment “%1”? Its definition and snapshots are removed; the customers stay.")
                .arg(m_currentName)))
        return false;
    setWriting(true);
    m_session->segments()->remove(id, this, [this](const SegmentSaveResult &result) {
        setWriting(false);
        if (!result.ok()) {
            MessageBox::critical(this, tr("Delete segment"), result.error);
            return;
        }
        // Go on with the first segment left, or a new one when none is.
        const QList<SavedSegment> left = m_session->segments()->listSegments();
        const SegmentParse first =
            left.isEmpty() ? SegmentParse{} : SegmentDefinition::fromJson(left.constFirst().definition);
        if (!left.isEmpty() && first.ok())
            loadSegment(first.node, left.constFirst().id, left.constFirst().name);
        else
            loadSegment(SegmentNode::group(SegmentNode::Kind::All), 0, {});
    });
    return true;
}

bool SegmentsPage::importDefinition()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import segment definition"), UiSettings::value(UiSetting::LastDirectory).toString(), jsonFilter());
    if (path.isEmpty())
        return false;
    QString problem = InputFile::problem(path);
    if (problem.isEmpty() && QFileInfo(path).size() > SegmentDefinition::kMaxBytes)
        problem = tr("%1 is larger than a segment definition can be (%2 MB).")
                      .arg(fileName(path))
                      .arg(SegmentDefinition::kMaxBytes >> 20);
    QFile file(path);
    if (problem.isEmpty() && !file.open(QIODevice::ReadOnly))
        problem = tr("%1 could not be read: %2").arg(fileName(path), file.errorString());
    if (!problem.isEmpty()) {
        MessageBox::critical(this, tr("Import segment definition"), problem);
        return false;
    }
    const SegmentParse parsed = SegmentDefinition::fromText(file.readAll());
    if (!parsed.ok()) {
        MessageBox::critical(this, tr("Import segment definition"),
                             tr("%1 is not a segment definition: %2").arg(fileName(path), parsed.error));
        return false;
    }
    // Set when `proceed` runs: at once, or later after a save (so not a local's address).
    const auto going = std::make_shared<bool>(false);
    confirmDiscard([this, going, path, node = parsed.node] {
        const auto name = InputDialog::getText(this, tr("Import segment definition"), tr("Segment name:"),
                                               QFileInfo(path).completeBaseName());
        if (!name)
            return;
        *going = true;
        setWriting(true);
        m_session->segments()->save(*name, node.toJson(), this,
                                    [this, node, name = name->trimmed()](const SegmentSaveResult &result) {
                                        setWriting(false);
                                        if (!result.ok()) {
                                            MessageBox::critical(this, tr("Import segment definition"), result.error);
                                            return;
                                        }
                                        loadSegment(node, result.id, name);
                                    });
    });
    return *going || m_writing;
}

bool SegmentsPage::exportDefinition()
{
    if (!m_editor->validationError().isEmpty())
        return false;
    const QString base = currentSegmentId() > 0 ? m_currentName : tr("segment");
    const QString suggested = QDir(UiSettings::value(UiSetting::LastDirectory).toString()).filePath(base + u".json"_s);
    QString path = FileDialog::getSaveFileName(this, tr("Export segment definition"), suggested, jsonFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    // The definition alone, in the form `mwb segment count --definition` reads.
    const QString error = AtomicFile::writeAll(
        path, QJsonDocument(m_editor->definition().toJson()).toJson(QJsonDocument::Indented), ExistingFile::Replace);
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Export segment definition"), error);
        return false;
    }
    return true;
}

bool SegmentsPage::snapshotSegment()
{
    const qint64 id = currentSegmentId();
    if (id == 0)
        return false;
    const QString name = m_currentName;
    m_snapshot->setEnabled(false);
    m_session->segments()->snapshot(id, this, [this, name](const SnapshotOutcome &outcome) {
        updateActions();
        if (!outcome.snapshot) {
            MessageBox::critical(this, tr("Snapshot"), tr("“%1” could not be frozen: %2").arg(name, outcome.error));
            return;
        }
        MessageBox::information(
            this, tr("Snapshot"),
            tr("Froze the %1 customers of “%2” as of %3.")
                .arg(DisplayFormat::count(outcome.snapshot->customers), name,
                     QLocale().toString(outcome.snapshot->takenAt.toLocalTime(), QLocale::ShortFormat)));
    });
    return true;
}

QUndoStack *SegmentsPage::undoHistory() const
{
    return m_editor->builder()->undoStack();
}

} // namespace mwb::ui
