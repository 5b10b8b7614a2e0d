package nl.patroon.shell.support;

import nl.patroon.app.Adapters;
import nl.patroon.app.review.Review;
import nl.patroon.app.review.ReviewQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review loop's queue, over the review use case the commands use. */
@Configuration
public class ReviewUseCases {
    @Bean
    ReviewQueue reviewQueue(Adapters adapters, Review review) {
        return new ReviewQueue(adapters, review);
    }
}
