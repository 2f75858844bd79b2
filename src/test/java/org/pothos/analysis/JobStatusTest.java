package org.pothos.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobStatusTest {

    @Test
    void onlyTheMovesOfTheDesignAreAllowed() {
        assertEquals(EnumSet.of(JobStatus.RUNNING, JobStatus.CANCELLED), targets(JobStatus.QUEUED));
        assertEquals(EnumSet.of(JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED, JobStatus.QUEUED),
                targets(JobStatus.RUNNING));
        assertEquals(EnumSet.of(JobStatus.QUEUED), targets(JobStatus.FAILED));
        assertEquals(EnumSet.of(JobStatus.QUEUED), targets(JobStatus.CANCELLED));
        assertEquals(EnumSet.noneOf(JobStatus.class), targets(JobStatus.SUCCEEDED));
    }

    private static Set<JobStatus> targets(JobStatus from) {
        Set<JobStatus> to = EnumSet.noneOf(JobStatus.class);
        for (JobStatus s : JobStatus.values()) {
            if (from.canMoveTo(s)) {
                to.add(s);
            }
        }
        return to;
    }
}
