package cn.insure.claims.claim;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import jakarta.servlet.MultipartConfigElement;

/**
 * The multipart limits of document uploads follow {@code claims.documents.max-size}, the one
 * setting for the largest document, so the servlet container and {@link ClaimDocuments} agree.
 */
@Configuration
class DocumentUploadLimits {

  /** Room for the other form fields (the document type) on top of the file. */
  private static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

  @Bean
  MultipartConfigElement multipartConfigElement(@Value("${claims.documents.max-size:10MB}") DataSize maxSize) {
    return new MultipartConfigElement("", maxSize.toBytes(), maxSize.toBytes() + FORM_FIELDS.toBytes(), 0);
  }
}
