package nl.openinburgering;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OpenInburgeringApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenInburgeringApplication.class, args);
    }
}
