package nl.schoolboard.sexting.caseservice.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Brings every data key under the current key-encryption key, at every start: keys stored in the clear before
 * envelope encryption are sealed, keys sealed by an older key-encryption key are re-wrapped. A rotation is therefore:
 * add the new key as the last line of the key file, then restart, or run
 * {@code java -jar case-service.jar --rewrap-keys} (prints the count and exits); once it has run, the old key can be
 * removed from the file.
 */
@Component
record KeyRewrap(SubjectKeys keys, KeyEncryptionKeys keks, ConfigurableApplicationContext context)
        implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KeyRewrap.class);

    @Override
    public void run(ApplicationArguments args) {
        int rewrapped = keys.rewrapAll();
        String result = rewrapped + " data key(s) sealed anew with key-encryption key '" + keks.currentId() + "'";
        if (args.containsOption("rewrap-keys")) {
            System.out.println(result);
            System.exit(SpringApplication.exit(context, () -> 0));
        }
        if (rewrapped > 0) {
            log.info(result);
        }
    }
}
