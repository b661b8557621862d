package vn.motcua.intake.dossier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    final List<Integer> alone = new CopyOnWriteArrayList<>();
    final List<Integer> sizes = new CopyOnWriteArrayList<>();
    final List<Integer> retried = new CopyOnWriteArrayList<>();
    final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    final CountDownLatch holding = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    /** Item 0, written alone, holds its lane until {@code release}: what arrives meanwhile queues behind it. */
    GroupCommit<Integer, String> lanes(int max, Function<List<Integer>, List<String>> batch) {
        return new GroupCommit<>(
                max,
                items -> {
                    List<String> r = batch.apply(items);
                    batches.add(items); // recorded once "committed"
                    return r;
                },
                item -> {
                    if (item == 0) {
                        holding.countDown();
                        await(release);
                    }
                    if (item < 0) {
                        throw new IllegalArgumentException("bad " + item);
                    }
                    alone.add(item);
                    return "#" + item;
                },
                new GroupCommit.Listener() {
                    @Override
                    public void written(int batchSize) {
                        sizes.add(batchSize);
                    }

                    @Override
                    public void retriedAlone(int batchSize, Throwable cause) {
                        retried.add(batchSize);
                    }
                });
    }

    static List<String> named(List<Integer> items) {
        return items.stream().map(i -> "#" + i).toList();
    }

    /** Item 0 holds lane A; then {@code items} queue behind it in their order. Returns their futures. */
    List<Future<String>> queuedBehindABusyLane(GroupCommit<Integer, String> lanes, List<Integer> items)
            throws Exception {
        Future<String> head = pool.submit(() -> lanes.submit("A", 0));
        assertTrue(holding.await(5, TimeUnit.SECONDS));
        List<Future<String>> waiting = new ArrayList<>();
        for (int item : items) {
            waiting.add(pool.submit(() -> lanes.submit("A", item)));
            Thread.sleep(50); // they queue in this order
        }
        release.countDown();
        assertEquals("#0", head.get(5, TimeUnit.SECONDS));
        return waiting;
    }

    @Test
    void aloneAnItemIsWrittenByItself() {
        var lanes = lanes(10, GroupCommitTest::named);
        assertEquals("#7", lanes.submit("A", 7));
        assertEquals(List.of(7), alone);
        assertEquals(List.of(), batches);
        assertEquals(List.of(1), sizes);
    }

    /** While the lane is busy, the callers that arrive are written together, each item once, in arrival order. */
    @Test
    void itemsArrivingWhileTheLaneIsBusyAreWrittenAsOneBatch() throws Exception {
        var lanes = lanes(10, GroupCommitTest::named);
        Future<String> head = pool.submit(() -> lanes.submit("A", 0));
        assertTrue(holding.await(5, TimeUnit.SECONDS));
        // Another lane is not held up by a busy one.
        assertEquals("#9", pool.submit(() -> lanes.submit("B", 9)).get(5, TimeUnit.SECONDS));
        List<Future<String>> waiting = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int item = i;
            waiting.add(pool.submit(() -> lanes.submit("A", item)));
            Thread.sleep(50);
        }
        release.countDown();
        assertEquals("#0", head.get(5, TimeUnit.SECONDS));
        for (int i = 1; i <= 5; i++) {
            assertEquals("#" + i, waiting.get(i - 1).get(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of(List.of(1, 2, 3, 4, 5)), batches);
        assertEquals(List.of(9, 0), alone);
        assertEquals(List.of(1, 1, 5), sizes);
    }

    @Test
    void aFailedBatchIsWrittenAgainOneByOneAndOnlyTheBadItemFails() throws Exception {
        var lanes = lanes(10, items -> {
            throw new IllegalStateException("rolled back");
        });
        List<Future<String>> results = queuedBehindABusyLane(lanes, List.of(1, 2, -3, 4));
        assertEquals("#1", results.get(0).get(5, TimeUnit.SECONDS));
        assertEquals("#2", results.get(1).get(5, TimeUnit.SECONDS));
        ExecutionException bad =
                assertThrows(ExecutionException.class, () -> results.get(2).get(5, TimeUnit.SECONDS));
        assertSame(IllegalArgumentException.class, bad.getCause().getClass());
        assertEquals("bad -3", bad.getCause().getMessage());
        assertEquals("#4", results.get(3).get(5, TimeUnit.SECONDS));
        assertEquals(List.of(0, 1, 2, 4), alone, "each good item written exactly once");
        assertEquals(List.of(4), retried);
    }

    @Test
    void aCommittedBatchIsNeverWrittenAgainEvenIfItsResultsAreWrong() throws Exception {
        var lanes = lanes(10, items -> named(items).subList(0, items.size() - 1));
        List<Future<String>> results = queuedBehindABusyLane(lanes, List.of(1, 2, 3));
        for (Future<String> f : results) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
            assertSame(IllegalStateException.class, e.getCause().getClass());
        }
        assertEquals(List.of(List.of(1, 2, 3)), batches);
        assertEquals(List.of(0), alone, "nothing written again");
        assertEquals(List.of(), retried);
    }

    @Test
    void aFullLaneIsTakenInBatchesOfItsLimit() throws Exception {
        var lanes = lanes(2, GroupCommitTest::named);
        List<Future<String>> results = queuedBehindABusyLane(lanes, List.of(1, 2, 3, 4, 5));
        for (int i = 0; i < 5; i++) {
            assertEquals("#" + (i + 1), results.get(i).get(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of(List.of(1, 2), List.of(3, 4)), batches);
        assertEquals(List.of(0, 5), alone);
    }

    @Test
    void aBatchNeverExceedsItsLimitAndEveryItemIsWrittenOnce() throws Exception {
        release.countDown(); // no item 0 here: nothing holds the lane but the batches themselves
        var lanes = lanes(3, items -> {
            sleep(5);
            return named(items);
        });
        List<Integer> items = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            items.add(i);
        }
        List<Future<String>> results = submitTogether(lanes, items);
        for (int i = 0; i < items.size(); i++) {
            assertEquals("#" + items.get(i), results.get(i).get(10, TimeUnit.SECONDS));
        }
        assertTrue(sizes.stream().allMatch(s -> s >= 1 && s <= 3), "sizes " + sizes);
        List<Integer> written = new ArrayList<>(alone);
        batches.forEach(written::addAll);
        Collections.sort(written);
        assertEquals(items, written);
    }

    /** Leads handed on thousands of times, with callers arriving as a leader leaves: nobody hangs or is lost. */
    @Test
    void underContentionOnManyLanesEveryItemIsWrittenOnceAndEveryCallerAnswered() throws Exception {
        release.countDown();
        var lanes = lanes(8, GroupCommitTest::named);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 1; i <= 8_000; i++) {
            int item = i;
            results.add(pool.submit(() -> lanes.submit("lane-" + item % 4, item)));
        }
        for (int i = 0; i < results.size(); i++) {
            assertEquals("#" + (i + 1), results.get(i).get(20, TimeUnit.SECONDS));
        }
        List<Integer> written = new ArrayList<>(alone);
        batches.forEach(written::addAll);
        Collections.sort(written);
        assertEquals(8_000, written.size());
        assertEquals(1, written.get(0));
        assertEquals(8_000, written.get(written.size() - 1));
        assertEquals(8_000, written.stream().distinct().count());
    }

    @Test
    void aBatchLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> lanes(0, GroupCommitTest::named));
    }

    List<Future<String>> submitTogether(GroupCommit<Integer, String> lanes, List<Integer> items) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int item : items) {
            results.add(pool.submit(() -> {
                await(start);
                return lanes.submit("A", item);
            }));
        }
        start.countDown();
        return results;
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
