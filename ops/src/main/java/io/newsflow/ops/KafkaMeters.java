package io.newsflow.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * The Kafka client metrics of a service's producers and consumers bound to its registry through
 * Micrometer's Kafka binder ({@code kafka_producer_*}, {@code kafka_consumer_*}, tagged with the
 * client id); closing stops the binders' refresh.
 */
public final class KafkaMeters implements AutoCloseable {
  private final MeterRegistry registry;
  private final List<AutoCloseable> binders = new ArrayList<>();

  public KafkaMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  public synchronized void bind(Producer<?, ?> producer) {
    add(new KafkaClientMetrics(producer));
  }

  public synchronized void bind(Consumer<?, ?> consumer) {
    add(new KafkaClientMetrics(consumer));
  }

  private void add(KafkaClientMetrics binder) {
    binder.bindTo(registry);
    binders.add(binder);
  }

  @Override
  public synchronized void close() {
    for (AutoCloseable binder : binders) {
      try {
        binder.close();
      } catch (Exception e) {
        // Closing a binder only stops its refresh task; nothing to report.
      }
    }
    binders.clear();
  }
}
