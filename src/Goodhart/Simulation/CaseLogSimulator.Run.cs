namespace Goodhart.Simulation;

public sealed partial class CaseLogSimulator
{
    // Relative arrivals by hour of day (an emergency department's typical shape) and by weekday, Monday first.
    private static readonly double[] HourWeights =
        [0.55, 0.45, 0.38, 0.33, 0.30, 0.30, 0.35, 0.50, 0.80, 1.15, 1.40, 1.50, 1.50, 1.45, 1.40, 1.35, 1.35, 1.35, 1.35, 1.30, 1.20, 1.05, 0.90, 0.70];

    private static readonly double[] WeekdayWeights = [1.12, 1.02, 0.99, 0.98, 0.98, 0.95, 0.96];

    private static readonly double[] PriorityShares = [0.03, 0.17, 0.45, 0.30, 0.05];
    private static readonly double[] PriorityMedians = [240, 225, 190, 150, 110];
    private static readonly double[] PrioritySigmas = [0.45, 0.45, 0.5, 0.55, 0.6];
    private static readonly double[] AdmittedShares = [0.75, 0.5, 0.3, 0.1, 0.03];

    // Each random choice about a case is its own keyed draw, so the choices do not depend on the order of others.
    private enum Draw : ulong
    {
        Priority = 1,
        Duration1,
        Duration2,
        Exempt,
        Category,
        Near,
        NearDay,
        NearHour,
        NearMinute,
        Far,
        FarDay,
        FarHour,
        FarMinute,
        Rushing = 20,
        RushingMinute,
        StoringUp,
        StoringUpDay,
        Reclassification,
        CherryPicking,
        Rework,
        ReworkDay,
        ReworkHour,
        ReworkMinute,
        PretendNumbers,
    }

    private enum Origin : ulong
    {
        Near = 1,
        Far,
        Rework,
    }

    private readonly record struct Pending(ulong Key, long Person, long Arrival, bool Rework);

    private sealed class Run(SimulationSettings settings)
    {
        private const int MinutesPerDay = 1440;

        private readonly ulong _salt = Mix(((ulong)(uint)settings.Seed * 0x9E3779B97F4A7C15UL) ^ 0x5EED_C0DE_0000_0001UL);
        private readonly DateTime _origin = settings.Start.ToDateTime(TimeOnly.MinValue);
        private readonly long _gamingStart = (long)(settings.EffectiveGamingStart.ToDateTime(TimeOnly.MinValue) - settings.Start.ToDateTime(TimeOnly.MinValue)).TotalMinutes;
        private readonly GamingStrengths _gaming = settings.Gaming;
        private readonly int _threshold = settings.Threshold;
        private readonly long[] _eligible = new long[7];
        private readonly long[] _touched = new long[7];
        private ulong _sequence;

        public IEnumerable<SimulatedCase> Cases(Action<GroundTruth> done)
        {
            var hourTotal = HourWeights.Sum();
            var hourCumulative = Cumulative(HourWeights);
            var weekdayMean = WeekdayWeights.Average();
            var peak = HourWeights.Max() / (hourTotal / 24) * (WeekdayWeights.Max() / weekdayMean);

            // Returns add 1/(1 − p) − 1 cases per new person on average; the new-person rate leaves room for them.
            var perMinute = settings.Cases * (1 - NearReturn - FarReturn) / ((double)settings.Days * MinutesPerDay);
            var firstWeekday = ((int)settings.Start.DayOfWeek + 6) % 7;
            var pending = new PriorityQueue<Pending, (long Arrival, ulong Order)>();
            var order = 0UL;
            var time = 0.0;
            var people = 0L;
            var emitted = 0L;
            var first = DateTime.MinValue;
            var last = DateTime.MinValue;
            long? nextNew = null;

            while (emitted < settings.Cases)
            {
                if (nextNew is null)
                {
                    // Thinning: candidates at the peak rate, each kept with probability rate(t) ÷ peak rate.
                    while (true)
                    {
                        time += -Math.Log(1 - Next()) / (perMinute * peak);
                        var minute = (long)time;
                        var day = minute / MinutesPerDay;
                        var hour = (int)(minute % MinutesPerDay / 60);
                        var rate = HourWeights[hour] / (hourTotal / 24) * (WeekdayWeights[(firstWeekday + day) % 7] / weekdayMean);
                        if (Next() * peak < rate)
                        {
                            nextNew = minute;
                            break;
                        }
                    }
                }

                Pending next;
                if (pending.TryPeek(out _, out var at) && at.Arrival <= nextNew!.Value)
                {
                    next = pending.Dequeue();
                }
                else
                {
                    next = new Pending((ulong)people, ++people, nextNew!.Value, false);
                    nextNew = null;
                }

                var simulated = Simulate(next, ++emitted, out var departure);
                foreach (var back in Returns(next, departure, hourCumulative))
                {
                    pending.Enqueue(back, (back.Arrival, order++));
                }

                if (emitted == 1)
                {
                    first = simulated.Arrival;
                }

                last = simulated.Arrival;
                yield return simulated;
            }

            var injections = settings.Gaming.All
                .Select((k, i) => new InjectionTruth(k.Name, k.Kind, k.Strength, _eligible[i], _touched[i], Describe(k.Kind, settings)))
                .ToArray();
            done(new GroundTruth(settings, emitted, first, last, injections));
        }

        private SimulatedCase Simulate(Pending next, long caseId, out long departure)
        {
            var key = next.Key;
            var active = next.Arrival >= _gamingStart;
            var gaming = next.Rework ? GamingKinds.Rework : GamingKinds.None;
            if (next.Rework)
            {
                _touched[5]++;
            }

            var p = Pick(PriorityShares, Uniform(key, Draw.Priority));
            var normal = Math.Sqrt(-2 * Math.Log(1 - Uniform(key, Draw.Duration1))) * Math.Cos(2 * Math.PI * Uniform(key, Draw.Duration2));
            var duration = PriorityMedians[p] * Math.Exp(PrioritySigmas[p] * normal);
            var priority = p + 1;
            var natural = Whole(duration);

            if (active)
            {
                // Easy cases go first and the harder ones they jump wait longer: one draw decides either, since a case
                // is one or the other.
                _eligible[4]++;
                var pick = Uniform(key, Draw.CherryPicking);
                if (pick < _gaming.CherryPicking)
                {
                    duration = duration < _threshold / 2.0
                        ? duration * CherryPickingSpeedUp
                        : duration + PassedOverMinutes + (PassedOverMinutes * 2 * pick / _gaming.CherryPicking);
                    if (Whole(duration) != natural)
                    {
                        _touched[4]++;
                        gaming |= GamingKinds.CherryPicking;
                    }
                }
            }

            if (active && duration >= _threshold)
            {
                _eligible[1]++;
                if (_gaming.Parking > 0)
                {
                    var before = Whole(duration);
                    duration = _threshold + ((duration - _threshold) / (1 - (_gaming.Parking * ParkingSlowdown)));
                    if (Whole(duration) != before)
                    {
                        _touched[1]++;
                        gaming |= GamingKinds.Parking;
                    }
                }
            }

            var minutes = Whole(duration);
            if (active && minutes >= _threshold && minutes < _threshold + RushingReach)
            {
                _eligible[0]++;
                if (Uniform(key, Draw.Rushing) < _gaming.Rushing)
                {
                    minutes = _threshold - WindowMinutes + (long)(Uniform(key, Draw.RushingMinute) * WindowMinutes);
                    _touched[0]++;
                    gaming |= GamingKinds.Rushing;
                }
            }

            if (active)
            {
                _eligible[6]++;
                if (Uniform(key, Draw.PretendNumbers) < _gaming.PretendNumbers)
                {
                    var rounded = Math.Max(5, 5 * (long)Math.Round(minutes / 5.0));
                    if (rounded != minutes)
                    {
                        minutes = rounded;
                        _touched[6]++;
                        gaming |= GamingKinds.PretendNumbers;
                    }
                }
            }

            departure = next.Arrival + minutes;
            if (active && priority >= 3)
            {
                var date = DateOnly.FromDateTime(_origin.AddMinutes(departure));
                var length = DateTime.DaysInMonth(date.Year, date.Month);
                var late = length - StoringUpLateDays;
                if (date.Day > late - StoringUpHeldDays && date.Day <= late)
                {
                    _eligible[2]++;
                    if (Uniform(key, Draw.StoringUp) < _gaming.StoringUp)
                    {
                        // Held to one of the month's last days, at the time of day it would have left.
                        var target = late + 1 + (int)(Uniform(key, Draw.StoringUpDay) * StoringUpLateDays);
                        departure += (target - date.Day) * (long)MinutesPerDay;
                        minutes = departure - next.Arrival;
                        _touched[2]++;
                        gaming |= GamingKinds.StoringUp;
                    }
                }
            }

            string category;
            if (Uniform(key, Draw.Exempt) < ExemptShare)
            {
                category = SimulationSettings.ExemptCategory;
            }
            else
            {
                var u = Uniform(key, Draw.Category);
                category = u < AdmittedShares[p] ? "admitted" : u < AdmittedShares[p] + ReferredShare ? "referred" : "discharged";
                if (active && minutes >= _threshold)
                {
                    _eligible[3]++;
                    if (Uniform(key, Draw.Reclassification) < _gaming.Reclassification)
                    {
                        category = SimulationSettings.ExemptCategory;
                        _touched[3]++;
                        gaming |= GamingKinds.Reclassification;
                    }
                }
            }

            if (active && minutes >= _threshold - WindowMinutes && minutes < _threshold)
            {
                _eligible[5]++;
            }

            return new SimulatedCase(
                caseId,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P{next.Person}"),
                _origin.AddMinutes(next.Arrival),
                _origin.AddMinutes(departure),
                priority,
                category,
                gaming);
        }

        private IEnumerable<Pending> Returns(Pending current, long departure, double[] hourCumulative)
        {
            var key = current.Key;
            if (Uniform(key, Draw.Near) < NearReturn)
            {
                yield return Back(current, departure, Origin.Near, 6, Uniform(key, Draw.NearDay), Uniform(key, Draw.NearHour), Uniform(key, Draw.NearMinute), hourCumulative);
            }

            if (Uniform(key, Draw.Far) < FarReturn)
            {
                var day = 8 + (long)(Uniform(key, Draw.FarDay) * 113);
                var arrival = (departure / MinutesPerDay * MinutesPerDay) + (day * MinutesPerDay) + TimeOfDay(Uniform(key, Draw.FarHour), Uniform(key, Draw.FarMinute), hourCumulative);
                yield return new Pending(Child(key, Origin.Far), current.Person, arrival, false);
            }

            var minutes = departure - current.Arrival;
            if (current.Arrival >= _gamingStart && minutes >= _threshold - WindowMinutes && minutes < _threshold
                && Uniform(key, Draw.Rework) < _gaming.Rework)
            {
                yield return Back(current, departure, Origin.Rework, 6, Uniform(key, Draw.ReworkDay), Uniform(key, Draw.ReworkHour), Uniform(key, Draw.ReworkMinute), hourCumulative) with { Rework = true };
            }
        }

        private static Pending Back(Pending current, long departure, Origin origin, int days, double dayDraw, double hourDraw, double minuteDraw, double[] hourCumulative)
        {
            // On the day of departure or one of the next five, at a time drawn from the arrival profile; a time not
            // after the departure moves a day on, so the return is always within 7 days of leaving.
            var arrival = (departure / MinutesPerDay * MinutesPerDay) + ((long)(dayDraw * days) * MinutesPerDay) + TimeOfDay(hourDraw, minuteDraw, hourCumulative);
            if (arrival <= departure)
            {
                arrival += MinutesPerDay;
            }

            return new Pending(Child(current.Key, origin), current.Person, arrival, false);
        }

        private static long TimeOfDay(double hourDraw, double minuteDraw, double[] hourCumulative) =>
            (Pick(hourCumulative, hourDraw, cumulative: true) * 60L) + (long)(minuteDraw * 60);

        private static long Whole(double minutes) => Math.Max(1, (long)minutes);

        private static ulong Child(ulong key, Origin origin) => Mix((key * 4) + (ulong)origin + 0xC0FFEEUL);

        private double Next()
        {
            _sequence += 0x9E3779B97F4A7C15UL;
            return ToUnit(Mix(_salt ^ _sequence));
        }

        private double Uniform(ulong key, Draw draw) => ToUnit(Mix(Mix(key ^ _salt) + ((ulong)draw * 0xD1B54A32D192ED03UL)));

        private static double ToUnit(ulong bits) => (bits >> 11) * (1.0 / (1UL << 53));

        private static int Pick(double[] weights, double u, bool cumulative = false)
        {
            if (cumulative)
            {
                var index = Array.FindIndex(weights, c => u < c);
                return index < 0 ? weights.Length - 1 : index;
            }

            var total = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                total += weights[i];
                if (u < total)
                {
                    return i;
                }
            }

            return weights.Length - 1;
        }

        private static double[] Cumulative(double[] weights)
        {
            var total = weights.Sum();
            var result = new double[weights.Length];
            var running = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                running += weights[i];
                result[i] = running / total;
            }

            return result;
        }

        // SplitMix64's finaliser (Steele, Lea and Flood 2014): a bijection whose output bits look independent.
        private static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static string Describe(GamingKinds kind, SimulationSettings settings)
    {
        var t = settings.Threshold;
        return kind switch
        {
            GamingKinds.Rushing => $"Cases that would have taken {t} to {t + RushingReach - 1} minutes left instead at {t - WindowMinutes} to {t - 1} minutes, each with probability equal to the strength.",
            GamingKinds.Parking => $"Time past {t} minutes ran slower: the completion rate of breached cases multiplied by 1 − strength × {ParkingSlowdown}.",
            GamingKinds.StoringUp => $"Non-urgent cases (priority 3 to 5) due to leave in the {StoringUpHeldDays} days before the last {StoringUpLateDays} days of a month were held to one of those last days, each with probability equal to the strength.",
            GamingKinds.Reclassification => $"Breaching cases (duration {t} minutes or more) were recorded as '{SimulationSettings.ExemptCategory}', each with probability equal to the strength.",
            GamingKinds.CherryPicking => $"Short cases (under {t / 2} minutes) jumped the queue of their priority class, their duration multiplied by {CherryPickingSpeedUp}, and longer cases were passed over, waiting {PassedOverMinutes} to {3 * PassedOverMinutes} minutes more; each case with probability equal to the strength.",
            GamingKinds.Rework => $"Cases closed at {t - WindowMinutes} to {t - 1} minutes brought the person back within 7 days with probability equal to the strength (touched counts the extra attendances in the log).",
            _ => "Durations were written down as the nearest multiple of 5 minutes, each with probability equal to the strength (touched counts those it changed).",
        };
    }
}
