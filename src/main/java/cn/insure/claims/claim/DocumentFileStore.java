package cn.insure.claims.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The file store of claim documents ({@code claims.documents.store=file}): one file per document
 * under {@code <location>/<claim number>/<document id>}, written to a temporary file, forced to disk
 * and moved into place, so a file is either complete or absent. A file written inside a database
 * transaction that rolls back is deleted again: a refused request leaves no file behind.
 */
@Component
public class DocumentFileStore {

  private static final Logger log = LoggerFactory.getLogger(DocumentFileStore.class);

  private final Path location;

  DocumentFileStore(@Value("${claims.documents.store-location:./data/documents}") Path location) {
    this.location = location.toAbsolutePath().normalize();
  }

  /** Writes the content of a document; returns the file. */
  Path write(String claimNumber, String documentId, byte[] content) {
    Path file = file(claimNumber, documentId);
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), documentId, ".part");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(content));
        channel.force(true);
      }
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write document " + documentId + " to " + file, e);
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          if (status != STATUS_COMMITTED) {
            delete(file);
          }
        }
      });
    }
    return file;
  }

  byte[] read(String claimNumber, String documentId) {
    Path file = file(claimNumber, documentId);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Document " + documentId + " of " + claimNumber + " is missing from the "
          + "document store " + location, e);
    }
  }

  Path file(String claimNumber, String documentId) {
    Path file = location.resolve(claimNumber).resolve(documentId).normalize();
    if (!file.startsWith(location)) {
      throw new IllegalArgumentException("Not a document of the store: " + claimNumber + "/" + documentId);
    }
    return file;
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete {} after a rolled-back request; it belongs to no claim", file, e);
    }
  }
}
