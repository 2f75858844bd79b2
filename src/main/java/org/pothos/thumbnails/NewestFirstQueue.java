package org.pothos.thumbnails;

import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

/**
 * A work queue that hands out the most recently added task first. A scrolling grid requests the cells it has
 * just scrolled past before the cells now on screen; serving newest first fills what the user looks at
 * before the backlog.
 */
final class NewestFirstQueue extends LinkedBlockingDeque<Runnable> {

    @Override
    public boolean offer(Runnable task) {
        return offerFirst(task);
    }

    @Override
    public boolean offer(Runnable task, long timeout, TimeUnit unit) throws InterruptedException {
        return offerFirst(task, timeout, unit);
    }

    @Override
    public boolean add(Runnable task) {
        addFirst(task);
        return true;
    }

    @Override
    public void put(Runnable task) throws InterruptedException {
        putFirst(task);
    }
}
