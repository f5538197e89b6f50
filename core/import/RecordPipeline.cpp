#include "RecordPipeline.h"

#include <utility>

namespace mwb {

namespace {

constexpr std::size_t kBatchRecords = 4096;
constexpr std::size_t kBatchBytes = 4u << 20;
constexpr std::size_t kBatchesInFlight = 4;

} // namespace

RecordPipeline::RecordPipeline(CsvReader &reader, Options options)
    : m_reader(reader)
    , m_options(std::move(options))
{
    if (m_options.prepare) {
        for (int worker = 1; worker < m_options.workers; ++worker)
            m_helpers.emplace_back([this, worker] { help(worker); });
    }
    m_thread = std::thread([this] { run(); });
}

RecordPipeline::~RecordPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
    {
        std::lock_guard lock(m_roundMutex);
        m_helpersStop = true;
    }
    m_round.notify_all();
    for (std::thread &helper : m_helpers)
        helper.join();
}

void RecordPipeline::prepare(RecordBatch &batch, int worker)
{
    const auto workers = static_cast<std::size_t>(m_options.workers);
    for (PipedRecord &record : batch.records) {
        if (record.unreadable || !record.rejection.isEmpty())
            continue;
        if (workers > 1 && m_options.affinity(record) % workers != static_cast<std::size_t>(worker))
            continue;
        m_options.prepare(record, worker);
    }
}

void RecordPipeline::prepareAll(RecordBatch &batch)
{
    if (m_helpers.empty()) {
        prepare(batch, 0);
        return;
    }
    {
        std::lock_guard lock(m_roundMutex);
        m_roundBatch = &batch;
        ++m_roundNumber;
        m_helpersDone = 0;
    }
    m_round.notify_all();
    std::exception_ptr failure;
    try {
        prepare(batch, 0);
    } catch (...) {
        failure = std::current_exception(); // rethrown once the helpers are done with the batch
    }
    std::unique_lock lock(m_roundMutex);
    m_round.wait(lock, [this] { return m_helpersDone == static_cast<int>(m_helpers.size()); });
    m_roundBatch = nullptr;
    if (!failure)
        failure = std::exchange(m_roundFailure, nullptr);
    m_roundFailure = nullptr;
    if (failure)
        std::rethrow_exception(failure);
}

void RecordPipeline::help(int worker)
{
    quint64 done = 0;
    for (;;) {
        RecordBatch *batch = nullptr;
        {
            std::unique_lock lock(m_roundMutex);
            m_round.wait(lock, [&] { return m_helpersStop || m_roundNumber != done; });
            if (m_helpersStop)
                return;
            done = m_roundNumber;
            batch = m_roundBatch;
        }
        std::exception_ptr failure;
        try {
            prepare(*batch, worker);
        } catch (...) {
            failure = std::current_exception();
        }
        {
            std::lock_guard lock(m_roundMutex);
            if (failure && !m_roundFailure)
                m_roundFailure = failure;
            ++m_helpersDone;
        }
        m_round.notify_all();
    }
}

void RecordPipeline::deliver(std::unique_ptr<RecordBatch> batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_ready.size() < kBatchesInFlight || m_stop; });
    m_ready.push_back(std::move(batch));
    m_changed.notify_all();
}

void RecordPipeline::run()
{
    try {
        CsvRecord record;
        int titlesToSkip = m_options.titleRows;
        bool headerSkipped = !m_options.hasHeader;
        // Field bounds (offsets into the batch's text) until the batch is complete and
        // its text no longer moves.
        std::vector<std::pair<std::size_t, std::size_t>> bounds;
        std::vector<std::size_t> firstBound;
        auto batch = std::make_unique<RecordBatch>();
        auto finishBatch = [&](bool last) {
            for (std::size_t r = 0; r < batch->records.size(); ++r) {
                PipedRecord &piped = batch->records[r];
                const std::size_t end = r + 1 < firstBound.size() ? firstBound[r + 1] : bounds.size();
                piped.fields.reserve(end - firstBound[r]);
                for (std::size_t b = firstBound[r]; b < end; ++b)
                    piped.fields.emplace_back(batch->text.data() + bounds[b].first, bounds[b].second);
            }
            if (m_options.prepare)
                prepareAll(*batch);
            batch->bytesRead = m_options.position ? m_options.position() : m_reader.bytesConsumed();
            batch->last = last;
            deliver(std::move(batch));
            batch = std::make_unique<RecordBatch>();
            bounds.clear();
            firstBound.clear();
        };
        while (!m_stop) {
            if (!m_reader.next(record)) {
                if (!m_reader.error().isSet())
                    break;
                const CsvError error = m_reader.error();
                std::string raw = m_reader.recover();
                if (!headerSkipped) {
                    batch->fatalError = error.message;
                    batch->fatalLine = error.line;
                    break;
                }
                PipedRecord &piped = batch->records.emplace_back();
                piped.line = error.line;
                piped.unreadable = true;
                piped.rejectedColumn = error.column;
                piped.rejection = error.message;
                piped.raw = std::move(raw);
                firstBound.push_back(bounds.size());
                continue;
            }
            if (titlesToSkip > 0) {
                --titlesToSkip;
                continue;
            }
            if (!headerSkipped) {
                headerSkipped = true;
                continue;
            }
            PipedRecord &piped = batch->records.emplace_back();
            piped.line = record.line;
            firstBound.push_back(bounds.size());
            for (std::size_t f = 0; f < record.fields.size(); ++f) {
                const std::string_view value = record.fields[f];
                bounds.emplace_back(batch->text.size(), value.size());
                batch->text.append(value);
                if (piped.rejection.isEmpty() && m_options.check) {
                    if (QString reason = m_options.check(value); !reason.isEmpty()) {
                        piped.rejectedColumn = static_cast<int>(f) + 1;
                        piped.rejection = std::move(reason);
                    }
                }
            }
            if (batch->records.size() >= kBatchRecords || batch->text.size() >= kBatchBytes)
                finishBatch(false);
        }
        finishBatch(true);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_failure = std::current_exception();
    }
    std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

std::unique_ptr<RecordBatch> RecordPipeline::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (m_ready.empty()) {
        if (m_failure)
            std::rethrow_exception(std::exchange(m_failure, nullptr));
        return nullptr;
    }
    auto batch = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return batch;
}

} // namespace mwb
