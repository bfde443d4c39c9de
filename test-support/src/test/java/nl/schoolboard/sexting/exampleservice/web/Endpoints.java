package nl.schoolboard.sexting.exampleservice.web;

import nl.schoolboard.sexting.exampleservice.Guarded;
import org.springframework.web.bind.annotation.GetMapping;

/** A controller of the example service: one endpoint names its rule, one forgot. */
public class Endpoints {

    @Guarded("READ")
    @GetMapping("/guarded")
    public String guarded() {
        return "";
    }

    @GetMapping("/forgotten")
    public String forgotten() {
        return "";
    }
}
