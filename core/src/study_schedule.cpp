// SPDX-License-Identifier: GPL-3.0-or-later
#include "study_schedule.h"

#include "privatesnn/progress.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace psnn::study_detail {
namespace {

class Scheduler;

/// A running job's progress: it reaches the observer only while its job is the one shown.
class JobSink : public ProgressSink {
public:
    JobSink(Scheduler& scheduler, size_t job) : m_scheduler(scheduler), m_job(job) { }
    void report(double fraction, const std::string& message) override;
    void metric(const std::string& series, double x, double y) override;
    bool cancelled() const override;

private:
    Scheduler& m_scheduler;
    size_t m_job;
};

/// A running job's live images, likewise only from the job shown.
class JobImages : public PipelineObserver {
public:
    JobImages(Scheduler& scheduler, size_t job) : m_scheduler(scheduler), m_job(job) { }
    ProgressSink& stepStarted(const RunItem&, int, int) override { return nullProgress(); }
    void image(const std::string& series, int64_t classIndex, int channels, int height, int width,
               const std::vector<float>& pixels) override;

private:
    Scheduler& m_scheduler;
    size_t m_job;
};

class Scheduler {
public:
    Scheduler(size_t jobs, const std::vector<std::optional<size_t>>& waitFor,
              const std::vector<const StudyPoint*>& points, StudyObserver& observer, PipelineObserver& images,
              const JobBody& body)
        : m_waitFor(waitFor)
        , m_points(points)
        , m_observer(observer)
        , m_images(images)
        , m_body(body)
        , m_done(jobs, 0)
    {
        for (size_t j = 0; j < jobs; ++j)
            m_pending.push_back(j);
    }

    void work(int threadsPerJob)
    {
        at::set_num_threads(threadsPerJob); // this thread's own intra-op pool (OpenMP: per thread)
        std::unique_lock lock(m_mutex);
        while (!m_stop) {
            const auto ready = std::find_if(m_pending.begin(), m_pending.end(),
                                            [&](size_t j) { return !m_waitFor[j] || m_done[*m_waitFor[j]]; });
            if (ready == m_pending.end()) {
                if (m_pending.empty())
                    break;
                m_changed.wait(lock); // every ready job runs already; the rest wait for one of them
                continue;
            }
            const size_t job = *ready;
            m_pending.erase(ready);
            m_running.push_back(job);
            if (!m_shown)
                show(job);
            lock.unlock();
            std::optional<JobOutcome> outcome;
            try {
                JobSink sink(*this, job);
                JobImages images(*this, job);
                outcome = m_body(job, sink, images);
            } catch (...) {
                lock.lock();
                if (!m_error)
                    m_error = std::current_exception();
                m_stop = true;
                m_changed.notify_all();
                break;
            }
            lock.lock();
            finished(job, *outcome);
            m_changed.notify_all();
        }
        m_changed.notify_all();
    }

    /// After every worker stopped: the jobs that finished while another was shown, then the error.
    void end()
    {
        if (m_error)
            std::rethrow_exception(m_error);
        flushUnshown();
    }

    void report(size_t job, double fraction, const std::string& message)
    {
        std::lock_guard lock(m_mutex);
        if (m_shown == job)
            m_shownSink->report(fraction, message);
    }
    void metric(size_t job, const std::string& series, double x, double y)
    {
        std::lock_guard lock(m_mutex);
        if (m_shown == job)
            m_shownSink->metric(series, x, y);
    }
    void image(size_t job, const std::string& series, int64_t classIndex, int channels, int height, int width,
               const std::vector<float>& pixels)
    {
        std::lock_guard lock(m_mutex);
        if (m_shown == job)
            m_images.image(series, classIndex, channels, height, width, pixels);
    }
    /// Any job asks for every job: a cancel through the shown job's sink stops them all.
    bool cancelled()
    {
        if (m_stop)
            return true;
        std::lock_guard lock(m_mutex);
        if (m_shownSink && m_shownSink->cancelled())
            m_stop = true;
        return m_stop;
    }

private:
    void show(size_t job)
    {
        m_shown = job;
        m_shownSink = &m_observer.pointStarted(*m_points[job], m_opened++, int(m_points.size()));
    }
    void finished(size_t job, const JobOutcome& outcome)
    {
        m_running.erase(std::find(m_running.begin(), m_running.end(), job));
        m_done[job] = 1;
        if (m_shown != job) {
            m_unshown.push_back(outcome);
            return;
        }
        m_observer.pointFinished(outcome.result, outcome.kept);
        m_shown.reset();
        m_shownSink = nullptr;
        flushUnshown();
        if (!m_running.empty())
            show(m_running.front()); // the longest-running job from here on
    }
    /// Each as a sequential run tells it: started, then finished.
    void flushUnshown()
    {
        for (const JobOutcome& o : m_unshown) {
            m_observer.pointStarted(o.result.point, m_opened++, int(m_points.size()));
            m_observer.pointFinished(o.result, o.kept);
        }
        m_unshown.clear();
    }

    const std::vector<std::optional<size_t>>& m_waitFor;
    const std::vector<const StudyPoint*>& m_points;
    StudyObserver& m_observer;
    PipelineObserver& m_images;
    const JobBody& m_body;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<size_t> m_pending, m_running;
    std::vector<char> m_done;
    std::vector<JobOutcome> m_unshown;
    std::optional<size_t> m_shown;
    ProgressSink* m_shownSink = nullptr;
    int m_opened = 0;
    std::atomic<bool> m_stop{false};
    std::exception_ptr m_error;
};

void JobSink::report(double fraction, const std::string& message)
{
    m_scheduler.report(m_job, fraction, message);
}
void JobSink::metric(const std::string& series, double x, double y)
{
    m_scheduler.metric(m_job, series, x, y);
}
bool JobSink::cancelled() const
{
    return m_scheduler.cancelled();
}

void JobImages::image(const std::string& series, int64_t classIndex, int channels, int height, int width,
                      const std::vector<float>& pixels)
{
    m_scheduler.image(m_job, series, classIndex, channels, height, width, pixels);
}

} // namespace

void runScheduled(size_t jobs, const std::vector<std::optional<size_t>>& waitFor,
                  const std::vector<const StudyPoint*>& points, int workers, int threadsPerJob, StudyObserver& observer,
                  PipelineObserver& images, const JobBody& body)
{
    if (workers <= 1 || jobs <= 1) {
        for (size_t j = 0; j < jobs; ++j) {
            ProgressSink& sink = observer.pointStarted(*points[j], int(j), int(jobs));
            const JobOutcome outcome = body(j, sink, images);
            observer.pointFinished(outcome.result, outcome.kept);
        }
        return;
    }
    Scheduler scheduler(jobs, waitFor, points, observer, images, body);
    const int threads = at::get_num_threads();
    std::vector<std::thread> pool;
    for (int w = 0; w < std::min<int>(workers, int(jobs)); ++w)
        pool.emplace_back([&] { scheduler.work(std::max(1, threadsPerJob)); });
    for (std::thread& t : pool)
        t.join();
    at::set_num_threads(threads); // the workers changed the process-wide default; this thread's again
    scheduler.end();
}

} // namespace psnn::study_detail
