package org.secondlook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetadataPreviewTest {

    @Test
    void theWelcomePagesMetadataIsWhatTheFullLoadReads() throws KnowledgeException {
        assertEquals(KnowledgeLoader.loadBuiltIn().metadata(), MetadataPreview.ofBuiltIn().orElseThrow());
    }
}
