package org.secondlook.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.knowledge.KnowledgeValidator;

/** Loading and validating the built-in content when the app starts; the goal is under 150 ms warm. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KnowledgeLoadBenchmark {

    @Benchmark
    public KnowledgeBase loadBuiltIn() throws KnowledgeException {
        return KnowledgeLoader.loadBuiltIn();
    }

    @Benchmark
    public int loadBuiltInAndCheckReadingLevel() throws KnowledgeException {
        return KnowledgeValidator.readingLevel(KnowledgeLoader.loadBuiltIn()).size();
    }
}
