package org.pothos.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pothos.analysis.AnalysisJob;
import org.pothos.app.AppContext;
import org.pothos.library.Availability;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;

/**
 * What must hold in the library after every restart of a killed Pothos, remembered from one check to
 * the next: nothing imported or analysed is ever lost, no item is half written, job states and times
 * are consistent, and no image whose result was saved is sent to the model again.
 */
final class LibraryInvariants {

    /** The model's answer carries the hash of the image it was sent, so a result names its request. */
    static final String TITLE_PREFIX = "Picture ";

    private final Map<Path, String> expectedHashes;
    private final int expectedJobs;
    /** Results seen so far by job id: they must never change or disappear. */
    private final Map<Long, String> succeeded = new HashMap<>();
    /** Requests the server had received for an image when its job was first seen done. */
    private final Map<String, Long> requestsWhenDone = new HashMap<>();
    private int importedBefore;
    private long recovered;

    /**
     * @param expectedHashes the SHA-256 of each generated file, by path
     * @param expectedJobs   how many jobs the one batch holds once it is queued
     */
    LibraryInvariants(Map<Path, String> expectedHashes, int expectedJobs) {
        this.expectedHashes = expectedHashes;
        this.expectedJobs = expectedJobs;
    }

    /**
     * Checks the library as a fresh open finds it.
     *
     * @param requestsPerImage the chat requests the server has received, by hash of the image sent
     * @return how far the work got: items imported, jobs queued in all, jobs done
     */
    Progress check(AppContext library, Map<String, Long> requestsPerImage) {
        recovered += library.recoveredJobs();
        List<MediaItem> items = library.mediaStore().find(MediaQuery.all(), 0, 1_000_000).items();
        checkItems(items);
        List<AnalysisJob> jobs = library.jobStore().list(null, 0, 1_000_000).items();
        Map<Long, MediaItem> itemsById = items.stream().collect(Collectors.toMap(MediaItem::id, Function.identity()));
        checkJobs(jobs, itemsById, requestsPerImage);
        return new Progress(items.size(), jobs.size(), succeeded.size());
    }

    record Progress(int items, int jobs, int succeeded) {

        int jobsLeft() {
            return jobs - succeeded;
        }
    }

    /** Jobs put back in the queue at open, over all checks. */
    long recovered() {
        return recovered;
    }

    private void checkItems(List<MediaItem> items) {
        assertTrue(items.size() >= importedBefore, "imported items were lost: " + importedBefore + " before, now " + items.size());
        importedBefore = items.size();
        Set<Path> paths = new HashSet<>();
        for (MediaItem item : items) {
            String where = "item " + item.id() + " (" + item.path() + ")";
            assertTrue(paths.add(item.path()), "two items for " + item.path());
            String hash = expectedHashes.get(item.path());
            assertNotNull(hash, where + " is no file of the test");
            assertEquals(hash, item.contentHash(), where + ": hash");
            assertNotNull(item.format(), where + ": format");
            assertTrue(item.width() > 0 && item.height() > 0, where + ": dimensions");
            assertTrue(item.sizeBytes() > 0, where + ": size");
            assertNotNull(item.fileModifiedAt(), where + ": file date");
            assertNotNull(item.importedAt(), where + ": import date");
            assertEquals(Availability.PRESENT, item.availability(), where);
        }
    }

    private void checkJobs(List<AnalysisJob> jobs, Map<Long, MediaItem> items, Map<String, Long> requestsPerImage) {
        if (!jobs.isEmpty()) {
            assertEquals(expectedJobs, jobs.size(), "a batch is queued whole or not at all");
        }
        assertEquals(jobs.size(), jobs.stream().map(AnalysisJob::mediaId).distinct().count(), "one job per item");
        Set<Long> stillSucceeded = new HashSet<>();
        for (AnalysisJob job : jobs) {
            checkTimes(job);
            switch (job.status()) {
                case QUEUED -> assertFalse(succeeded.containsKey(job.id()), "job " + job.id() + " SUCCEEDED before, now QUEUED");
                case SUCCEEDED -> {
                    checkResult(job, items.get(job.mediaId()), requestsPerImage);
                    stillSucceeded.add(job.id());
                }
                case RUNNING -> fail("job " + job.id() + " is still RUNNING after the open recovered interrupted jobs");
                default -> fail("job " + job.id() + " ended " + job.status() + " without any fault: " + job.errorMessage());
            }
        }
        assertTrue(stillSucceeded.containsAll(succeeded.keySet()), "finished results were lost");
    }

    private static void checkTimes(AnalysisJob job) {
        String where = "job " + job.id() + " (" + job.status() + ")";
        Instant created = job.createdAt();
        assertNotNull(created, where + ": created");
        if (job.startedAt() != null) {
            assertFalse(job.startedAt().isBefore(created), where + ": started before it was created");
        }
        if (job.status().isFinished()) {
            assertNotNull(job.startedAt(), where + ": finished without starting");
            assertNotNull(job.finishedAt(), where + ": finished without an end time");
            assertFalse(job.finishedAt().isBefore(job.startedAt()), where + ": finished before it started");
            assertNotNull(job.durationMs(), where + ": duration");
        } else {
            assertNull(job.finishedAt(), where + ": an end time on an unfinished job");
        }
    }

    private void checkResult(AnalysisJob job, MediaItem item, Map<String, Long> requestsPerImage) {
        String where = "job " + job.id() + " of item " + job.mediaId();
        assertNotNull(item, where + ": its item is gone");
        assertNotNull(item.analysedAt(), where + ": the item does not know it was analysed");
        assertTrue(item.title() != null && item.title().startsWith(TITLE_PREFIX), where + ": result not applied: " + item.title());
        String before = succeeded.putIfAbsent(job.id(), item.title());
        if (before != null) {
            assertEquals(before, item.title(), where + ": the result changed");
        }
        String imageHash = item.title().substring(TITLE_PREFIX.length());
        long requests = requestsPerImage.getOrDefault(imageHash, 0L);
        assertTrue(requests > 0, where + ": a result for an image the server never saw");
        Long whenDone = requestsWhenDone.putIfAbsent(imageHash, requests);
        if (whenDone != null) {
            assertEquals(whenDone, requests, where + ": its image was sent again after its result was saved");
        }
    }
}
