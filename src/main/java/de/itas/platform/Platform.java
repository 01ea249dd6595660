package de.itas.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The ITAS-Plattform: one deployable modular monolith. Each business area is a package below this one
 * (an application module in Spring Modulith's sense); {@code shared} is the small kernel every module
 * may use.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "ITAS-Plattform", sharedModules = "shared")
public class Platform {

	public static void main(String[] args) {
		SpringApplication.run(Platform.class, args);
	}

}
