package com.disputecenter.processes.web;

import com.disputecenter.common.Caller;
import com.disputecenter.processes.ProcessInsight;
import com.disputecenter.processes.ProcessOverview;
import com.disputecenter.web.WebPage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The analysts' process page: each deployed BPMN drawn by bpmn-js in the browser, with the number
 * of open cases waiting at each element and the open incidents laid over it.
 */
@Controller
@WebPage
class ProcessPageController {

    private final ProcessOverview overview;

    ProcessPageController(ProcessOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/processes")
    String first(Caller caller, Model model) {
        List<ProcessInsight.Model> models = overview.models(caller);
        model.addAttribute("models", models);
        if (!models.isEmpty()) {
            model.addAttribute("load", overview.load(caller, models.get(0).key()));
        }
        return "processes/page";
    }

    @GetMapping("/processes/{key}")
    String one(Caller caller, @PathVariable String key, Model model) {
        model.addAttribute("models", overview.models(caller));
        model.addAttribute("load", overview.load(caller, key));
        return "processes/page";
    }

    /** The model's XML for the viewer, fetched by the page with its session. */
    @GetMapping("/processes/{key}/diagram.bpmn")
    ResponseEntity<String> diagram(Caller caller, @PathVariable String key) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                // a deployed model is XML anyone with a deployment right wrote: opened on its own it runs nothing
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(overview.load(caller, key).bpmnXml());
    }
}
