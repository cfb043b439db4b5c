/// The common part of the small vocabularies: terms, their aliases and the index over both.
struct TermVocabulary: Sendable {
    let terms: [VocabularyTerm]
    let aliases: [VocabularyAlias]
    private let termByCode: [String: VocabularyTerm]
    private let index: LabelIndex

    /// Every term's code, English and Korean names are aliases too; `aliases` lists them first.
    init(terms: [VocabularyTerm], aliases extraAliases: [VocabularyAlias]) {
        var aliases: [VocabularyAlias] = []
        var seen: Set<String> = []
        for term in terms {
            for text in [term.code, term.nameEN, term.nameKO] where seen.insert(text).inserted {
                aliases.append(VocabularyAlias(alias: text, code: term.code))
            }
        }
        for alias in extraAliases where seen.insert(alias.alias).inserted {
            aliases.append(alias)
        }
        let termByCode = Dictionary(
            terms.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for alias in aliases {
            precondition(termByCode[alias.code] != nil, "alias of unknown code \(alias.code)")
        }
        self.terms = terms
        self.aliases = aliases
        self.termByCode = termByCode
        index = LabelIndex(
            aliases.map { LabelIndex.Label(text: $0.alias, code: $0.code, isSuggested: true) },
            key: LabelNormalizer.fold
        )
    }

    func term(code: String) -> VocabularyTerm? {
        termByCode[code]
    }

    func resolve(_ label: String) -> String? {
        index.code(forKey: LabelNormalizer.fold(label))
    }

    func resolve(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let summary = FoldedByteTable.summarize(bytes)
        if summary.isASCII && summary.count == 0 {
            return nil
        }
        if let code = index.code(for: bytes, summary: summary) {
            return code
        }
        return resolve(String(decoding: bytes, as: UTF8.self))
    }

    func closestNames(to label: String, limit: Int) -> [String] {
        index.closestLabels(to: LabelNormalizer.fold(label), limit: limit)
    }
}
