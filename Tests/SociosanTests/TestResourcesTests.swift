import Foundation
import Sociosan
import SociosanTestResources
import Testing

/// The documents outside the repository are found where ``TestResources`` says, and a variable
/// that names the wrong folder fails here instead of turning a whole run into skips.
@Suite("Test resources: seeds and conformance files")
struct TestResourcesTests {
    @Test(arguments: [TestResources.seedsVariable, TestResources.conformanceVariable])
    func aVariableThatIsSetNamesAFolderThatHoldsTheFiles(_ variable: String) throws {
        guard let value = TestResources.environmentValue(variable) else { return }
        let found = variable == TestResources.seedsVariable ? TestResources.seedsDirectory : TestResources.conformanceDirectory
        #expect(found != nil, "\(variable)=\(value) does not hold the files it should")
    }

    @Test(.requiresSeeds) func everySeedIsFoundAndReadable() {
        for seed in Seed.allCases {
            #expect(!TestResources.seedLines(seed.fileName).isEmpty, "\(seed.fileName) is missing from \(TestResources.seedsDirectory?.path ?? "-")")
        }
    }

    @Test func theSkipMessagesSayWhatToSet() {
        #expect(TestResources.missingSeedsMessage.contains("SOCIOSAN_SEEDS"))
        #expect(TestResources.missingConformanceMessage.contains("SOCIOSAN_CONFORMANCE"))
    }
}
