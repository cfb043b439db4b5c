import CSVStream
import Foundation

extension IndicatorEngine {
    /// Global Moran's I per year over the year's regions, with weights from the contiguity
    /// file: a region split off another counts in its parent while the parent holds it (as the
    /// distribution merged it), so the parent takes its borders. The year's links go to a note,
    /// so `explain` recomputes I from the warehouse alone.
    func computeMoran(
        _ spec: IndicatorSpec, _ disparity: DisparitySpec, _ series: DistributionSeries,
        into output: inout IndicatorOutput
    ) throws {
        let borders = try contiguity(disparity, spec)
        let parents = try reader.database.lineageParents()
        for year in series.years {
            let codes = year.regions.map(\.code)
            let present = Set(codes)
            func counted(_ code: String) -> String? {
                var current = code
                while !present.contains(current) {
                    guard let parent = parents[current] else { return nil }
                    current = parent
                }
                return current
            }
            var links = Set<SpatialLink>()
            for (a, b) in borders {
                guard let left = counted(a), let right = counted(b), left != right else { continue }
                links.insert(SpatialLink(left, right))
            }
            let pairs = links.sorted()
            let values = zip(year.values, year.populations).map { $0 / $1 }
            do {
                let weights = try SpatialLink.weights(
                    codes, pairs, source: disparity.weights ?? "")
                let status: ObservationStatus =
                    year.breakReason != nil
                    ? .breakInSeries : .combining(year.inputs.map(\.status))
                if disparity.index == .localMoran {
                    let local = try LocalMoran.compute(values: values, weights: weights)
                    for (code, region) in zip(codes, local.regions) {
                        output.rows.append(
                            IndicatorOutput.Row(
                                region: code, year: year.year, value: region.statistic,
                                status: status, inputs: year.inputs))
                        output.notes += localNotes(code, year.year, region, codes, pairs)
                    }
                    continue
                }
                let moran = try MoranI.compute(values: values, weights: weights)
                output.rows.append(row(spec, year.year, moran.statistic, status, year.inputs))
                if let reason = year.breakReason {
                    output.notes.append(note(spec, year.year, "break", text: reason))
                }
                output.notes += moranNotes(spec, year.year, moran, codes, pairs)
            } catch {
                output.notes.append(note(spec, year.year, "missing", text: "\(error)"))
            }
        }
        if output.rows.isEmpty { throw Problem.absent("Moran's I is undefined in every year") }
    }

    private func moranNotes(
        _ spec: IndicatorSpec, _ year: Int, _ moran: MoranI.Result, _ codes: [String],
        _ pairs: [SpatialLink]
    ) -> [IndicatorOutput.Note] {
        [
            note(
                spec, year, "regions", value: Double(codes.count),
                text: codes.joined(separator: " ")),
            note(
                spec, year, "links", value: Double(pairs.count),
                text: SpatialLink.text(pairs)),
            note(spec, year, "expected", value: moran.expected),
            note(spec, year, "z_normality", value: moran.normality?.z),
            note(spec, year, "p_normality", value: moran.normality?.pValue),
            note(spec, year, "z_randomisation", value: moran.randomisation?.z),
            note(spec, year, "p_randomisation", value: moran.randomisation?.pValue),
            note(
                spec, year, "p_permutation", value: moran.permutation?.pseudoPValue,
                text: moran.permutation.map { "\($0.permutations) permutations, seed \($0.seed)" }),
        ]
    }

    /// A region's cluster type, its z and spatial lag, its permutation p, and the year's regions
    /// and links (on every region's row, so `explain --region` finds them).
    private func localNotes(
        _ code: String, _ year: Int, _ region: LocalMoran.Region, _ codes: [String],
        _ pairs: [SpatialLink]
    ) -> [IndicatorOutput.Note] {
        func note(_ key: String, value: Double? = nil, text: String? = nil) -> IndicatorOutput.Note
        {
            IndicatorOutput.Note(region: code, year: year, key: key, value: value, text: text)
        }
        return [
            note("cluster", text: region.quadrant.rawValue),
            note("z", value: region.z),
            note("spatial_lag", value: region.spatialLag),
            note("p_permutation", value: region.pseudoPValue),
            note("regions", value: Double(codes.count), text: codes.joined(separator: " ")),
            note(
                "links", value: Double(pairs.count),
                text: SpatialLink.text(pairs)),
        ]
    }

    /// The undirected pairs of the weights file (`region_a,region_b`, a header line).
    private func contiguity(_ disparity: DisparitySpec, _ spec: IndicatorSpec) throws
        -> [(String, String)]
    {
        guard let file = disparity.weights, let root = rawDataDirectory else {
            throw Problem.failed("\(spec.keyPath): weights: no raw-data folder to read it from")
        }
        let path = (root as NSString).appendingPathComponent(file)
        var pairs: [(String, String)] = []
        var header: [String]?
        do {
            try CSVReader(path: path, displayPath: file).forEachRecord { record in
                guard let columns = header else {
                    header = record.fields
                    return
                }
                guard let a = columns.firstIndex(of: "region_a"),
                    let b = columns.firstIndex(of: "region_b"),
                    a < record.count, b < record.count
                else {
                    throw SourceFileError(
                        file: file, line: record.line, message: "no region_a, region_b")
                }
                pairs.append((trimmed(record[a]), trimmed(record[b])))
            }
        } catch {
            throw Problem.failed("\(spec.keyPath): weights: \(error)")
        }
        return pairs
    }
}
