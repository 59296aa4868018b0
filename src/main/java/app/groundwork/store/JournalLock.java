package app.groundwork.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a journal to one process at a time. The operating system drops the lock when the process ends, however
 * it ends, so a crash never leaves a journal locked.
 */
final class JournalLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static JournalLock acquire(Path lockFile, Path journalFile) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new JournalLockedException(journalFile);
            }
            return new JournalLock(channel, lock);
        } catch (OverlappingFileLockException alreadyHeldHere) {
            closeQuietly(channel);
            throw new JournalLockedException(journalFile);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(lockFile, "cannot create the lock file " + lockFile, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more can be done; the OS frees the lock when the process ends
        }
    }
}
