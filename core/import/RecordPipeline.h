// RecordPipeline: reads a file's records on a thread of its own, ahead of the thread that
// writes them, in batches of a few thousand: decoding, CSV parsing and the checks every
// value passes (its length, its bytes) overlap with the writing. A few batches are in
// flight at most, so memory stays the same whatever the size of the file.
#pragma once

#include "CsvReader.h"
#include "RowWriter.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace mwb {

// One record of a batch, as the writing thread sees it.
struct PipedRecord
{
    qint64 line = 0;
    std::vector<std::string_view> fields; // into the batch
    // Set when the record is rejected before any writer sees it: it could not be read
    // (then `raw` holds its text), or a value failed the checks. Column 1-based.
    bool unreadable = false;
    int rejectedColumn = 0;
    QString rejection;
    std::string raw;
    // The record's identifiers, when Options::prepare read them.
    std::optional<PreparedIdentity> identity;
};

struct RecordBatch
{
    std::vector<PipedRecord> records;
    qint64 bytesRead = 0; // of the file, after this batch (Options::position)
    // Set on the last batch when reading stopped for good before the data began: an
    // unreadable header, with the line it failed on.
    QString fatalError;
    qint64 fatalLine = 0;
    bool last = false;

    std::string text; // the fields' bytes
};

class RecordPipeline
{
public:
    struct Options
    {
        int titleRows = 0; // rows above the header, skipped
        bool hasHeader = true;
        // Checks one value of a record read whole: an empty string when it passes, else
        // the reason for rejecting the record at that value.
        std::function<QString(std::string_view value)> check;
        // How far into the file the reading is, for progress (called on the reading thread).
        std::function<qint64()> position;
        // Work on a record that passed the checks and needs nothing but its values, ahead of
        // the writing: reading its identifiers. Done by `workers` threads (the reading one
        // among them), each given the records of some `affinity` values (so each keeps
        // what it remembers of those: a customer's phone number is read by one of them).
        std::function<void(PipedRecord &record, int worker)> prepare;
        int workers = 1;
        std::function<std::size_t(const PipedRecord &record)> affinity;
    };

    // Starts reading at once. `reader` (and the source behind it) is read only by the
    // pipeline's thread until next() has returned the last batch or the pipeline is gone.
    RecordPipeline(CsvReader &reader, Options options);
    ~RecordPipeline(); // stops the reading and waits for it
    RecordPipeline(const RecordPipeline &) = delete;
    RecordPipeline &operator=(const RecordPipeline &) = delete;

    // The next batch, waiting for it; after the one marked last, none (nullptr).
    std::unique_ptr<RecordBatch> next();

private:
    void run();
    void deliver(std::unique_ptr<RecordBatch> batch);
    void prepare(RecordBatch &batch, int worker);
    void prepareAll(RecordBatch &batch); // on the reading thread, with the helpers
    void help(int worker);

    CsvReader &m_reader;
    Options m_options;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RecordBatch>> m_ready;
    std::exception_ptr m_failure;
    bool m_done = false;
    std::atomic_bool m_stop{false};
    std::thread m_thread;

    // The helpers that prepare records with the reading thread: the batch of the current
    // round, and how many helpers are done with it.
    std::vector<std::thread> m_helpers;
    std::mutex m_roundMutex;
    std::condition_variable m_round;
    RecordBatch *m_roundBatch = nullptr;
    quint64 m_roundNumber = 0;
    int m_helpersDone = 0;
    bool m_helpersStop = false;
    std::exception_ptr m_roundFailure;
};

} // namespace mwb
