package nl.mantelzorgkaart.knowledge;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.network.Network;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.taxonomy.Taxa;
import org.neo4j.driver.types.Node;

/** Graph nodes of any kind as the records the API returns, for unions such as {@code Explained}. */
public final class Explained {

	private Explained() {
	}

	/** The explained node as the record of its kind, so the union resolves by class name. */
	public static Object record(Node node) {
		if (node.hasLabel("CareTheme")) {
			return Taxa.CareTheme.from(node);
		}
		if (node.hasLabel("TargetGroup")) {
			return Taxa.TargetGroup.from(node);
		}
		if (node.hasLabel("SupportFunction")) {
			return Taxa.SupportFunction.from(node);
		}
		if (node.hasLabel("RespiteType")) {
			return Taxa.RespiteType.from(node);
		}
		if (node.hasLabel("FundingRoute")) {
			return Taxa.FundingRoute.from(node);
		}
		if (node.hasLabel("Organisation")) {
			return Organisation.from(node);
		}
		if (node.hasLabel("Offering")) {
			return Offering.from(node);
		}
		if (node.hasLabel("Network")) {
			return Network.from(node);
		}
		if (node.hasLabel("Term")) {
			return Term.from(node);
		}
		return Area.from(node);
	}

}
