package nl.mantelzorgkaart.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** GraphiQL at {@code /graphiql}, from assets the application serves itself. */
@Controller
class GraphiqlController {

	@GetMapping({ "/graphiql", "/graphiql/" })
	String graphiql() {
		return "forward:/graphiql/index.html";
	}

}
